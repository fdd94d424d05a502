// Ternary operator.
fn abs_diff(a: i32, b: i32) -> i32 {
    let d = a - b;
    d < 0 ? -d : d
}

fn main() {
    println!("{}", abs_diff(3, 10));
    println!("{}", abs_diff(10, 3));
}
