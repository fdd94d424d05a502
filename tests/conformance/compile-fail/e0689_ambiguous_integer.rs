// Integer methods on unsuffixed literals, and a local initialised from a literal.
fn main() {
    let bits = 255.count_ones();
    let base = 2;
    let big = base.pow(10);
    println!("{} {}", bits, big);
}
