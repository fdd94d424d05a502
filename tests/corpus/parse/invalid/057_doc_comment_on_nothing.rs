/// Returns the larger of two numbers.
fn max(a: i32, b: i32) -> i32 {
    if a > b { a } else { b }
}

fn main() {
    let m = max(3, 9);
    println!("{}", m);
    /// Print a trailing newline for readability.
}
