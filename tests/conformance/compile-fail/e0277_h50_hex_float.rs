fn main() {
    let ratio = 0.75f64;
    let bits = ratio.to_bits();
    println!("bits: {:x}", bits);
    println!("ratio in hex: {:x}", ratio);
}
