// Several invalid numeric and char literals.
fn main() {
    let mask = 0b1012;
    let big = 0xFFG;
    let oct = 0o79;
    let c = 'ab';
    let f = 1.5e;
    println!("{} {} {} {} {}", mask, big, oct, c, f);
}
