// Single-quoted string literal.
fn main() {
    let greeting = 'hello';
    println!("{}", greeting);
}
