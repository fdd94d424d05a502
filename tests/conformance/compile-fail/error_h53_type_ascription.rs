// Type ascription on an expression.
fn main() {
    let count = 10: u64;
    let half = count / 2;
    println!("{}", half);
}
