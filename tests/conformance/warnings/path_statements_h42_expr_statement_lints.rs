// lints: path_statements unused_must_use unused_parens
// Expression statements that do nothing.
fn double(n: i64) -> i64 {
    return (n * 2);
}

fn main() {
    let total = 10;
    total;
    let doubled = double(total);
    if (doubled > 15) {
        println!("big: {}", doubled);
    }
    doubled + 1;
    let t = (3);
    println!("{}", t);
}
