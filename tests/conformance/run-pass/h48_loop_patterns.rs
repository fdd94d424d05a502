// Destructuring in for loops: tuples, arrays, references, nested arrays.
fn main() {
    let points: [[i32; 2]; 4] = [[0, 0], [3, 4], [-6, 8], [5, -12]];
    for [x, y] in points {
        let d2 = x * x + y * y;
        println!("({x:>3},{y:>3}) d^2={d2}");
    }
    let mut far = 0;
    for &[x, y] in points.iter() {
        if x.abs() + y.abs() > 10 {
            far += 1;
        }
    }
    println!("far: {far}");
    let pairs = [(1u8, 'a'), (2, 'b'), (3, 'c')];
    for &(n, c) in &pairs {
        print!("{}{} ", n, c);
    }
    println!();
    for (i, (n, c)) in pairs.iter().enumerate() {
        print!("{i}:{}{} ", n * 2, c.to_ascii_uppercase());
    }
    println!();
    let grid = [[1, 2, 3], [4, 5, 6]];
    for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if (r + c) % 2 == 0 {
                print!("[{v}]");
            } else {
                print!(" {v} ");
            }
        }
        println!();
    }
    let mut counters = [0u32; 4];
    for c in &mut counters {
        *c += 10;
    }
    for (i, c) in counters.iter().enumerate() {
        print!("{}={} ", i, c);
    }
    println!();
    let empty: [i32; 0] = [];
    let mut seen = false;
    for _ in empty {
        seen = true;
    }
    println!("empty loop ran: {seen}, len {}", empty.len());
}
