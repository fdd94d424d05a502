// Range forms: rev, step_by, inclusive, and their combinations over arrays.
fn main() {
    let mut squares = [0u64; 10];
    for i in 0..squares.len() {
        squares[i] = (i * i) as u64;
    }
    print!("rev:");
    for i in (0..squares.len()).rev() {
        print!(" {}", squares[i]);
    }
    println!();
    print!("even idx:");
    for i in (0..squares.len()).step_by(2) {
        print!(" {}", squares[i]);
    }
    println!();
    print!("inclusive:");
    for i in 3..=6 {
        print!(" {}", squares[i]);
    }
    println!();
    print!("countdown by 3:");
    for t in (0..=12).rev().step_by(3) {
        print!(" {t}");
    }
    println!();
    let mut sum = 0u64;
    for i in (1..=9).step_by(4) {
        sum += squares[i];
    }
    println!("sum of squares at 1,5,9 = {sum}");
    let letters = ['a', 'b', 'c', 'd', 'e'];
    for (i, c) in letters.iter().enumerate() {
        if i % 2 == 0 {
            print!("{}", c.to_ascii_uppercase());
        } else {
            print!("{c}");
        }
    }
    println!();
    let mut n: u8 = 0;
    for _ in (10u8..20).rev() {
        n = n.wrapping_add(1).rotate_left(1);
    }
    println!("n = {n:#010b}");
}
