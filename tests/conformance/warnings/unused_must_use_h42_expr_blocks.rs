// lints: unused_must_use
// Expressions: blocks as values, semicolons, if/match as expressions.
fn cube_plus(x: u32) -> u32 {
    let x_squared = x * x;
    let x_cube = x_squared * x;
    x_cube + x_squared + x
}

fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        _ => 'F',
    }
}

fn main() {
    let x = 5u32;
    let y = {
        let x_squared = x * x;
        let x_cube = x_squared * x;
        x_cube + x_squared + x
    };
    let z = {
        2 * x;
    };
    println!("x is {:?}", x);
    println!("y is {:?}", y);
    println!("z is {:?}", z);
    assert_eq!(y, cube_plus(x));
    let parity = if x % 2 == 0 { "even" } else { "odd" };
    println!("{} is {}", x, parity);
    let scores = [95, 83, 71, 40];
    for s in scores {
        let g = { let bonus = if s > 80 { 2 } else { 0 }; grade(s + bonus) };
        println!("{} -> {}", s, g);
    }
    let mut n = 0;
    let final_value = loop {
        n += 3;
        if n > 10 {
            break n * 2;
        }
    };
    println!("final {}", final_value);
}
