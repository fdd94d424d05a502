// Bit manipulation helpers
fn set_bit(x: u32, n: u32) -> u32 {
    x | (1 << n)
}

fn clear_bit(x: u32, n: u8) -> u32 {
    x & !(1u32 << n)
}

fn main() {
    let mut v = 0u32;
    v = set_bit(v, 3);
    v = set_bit(v, 31);
    v = clear_bit(v, 3);
    let s: i64 = -16;
    let k: u8 = 2;
    println!("{} {} {}", v, s >> k, s << 3usize);
    let mut m = 1u16;
    m <<= 15;
    m >>= 1i32;
    println!("{}", m);
    let x = 1 << 4;
    println!("{}", x);
}
