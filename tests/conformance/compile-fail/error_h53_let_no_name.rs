// `let mut` with no binding name, and `let x: = ..`.
fn main() {
    let mut = 5;
    let y: = 6;
    println!("{}", y);
}
