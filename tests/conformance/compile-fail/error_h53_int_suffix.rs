// Invalid suffixes on literals.
fn main() {
    let a = 10i31;
    let b = 2.5f16x;
    let c = 7u;
    println!("{} {} {}", a, b, c);
}
