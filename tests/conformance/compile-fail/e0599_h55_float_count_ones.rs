// Trying to inspect the bits of a float directly.
fn mantissa_bits_set(x: f64) -> u32 {
    x.count_ones()
}

fn exponent(x: f64) -> u64 {
    (x.to_bits() >> 52) & 0x7ff
}

fn main() {
    let v = 1.5f64;
    println!("bits set {}", mantissa_bits_set(v));
    println!("exponent {}", exponent(v));
}
