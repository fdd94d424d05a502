// Trailing binary operator at end of a statement.
fn poly(x: i64) -> i64 {
    let a = 3 * x * x +;
    let b = 2 * x;
    a + b + 1
}

fn main() {
    println!("{}", poly(4));
}
