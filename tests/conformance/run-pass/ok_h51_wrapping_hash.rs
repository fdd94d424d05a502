// A tiny FNV-style hash using wrapping arithmetic
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01B3;

fn fnv1a(data: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

fn mix(a: u32, b: u32) -> u32 {
    a.rotate_left(5) ^ b.rotate_right(3).wrapping_add(0x9E37_79B9)
}

fn main() {
    let bytes = [b'h', b'e', b'l', b'l', b'o'];
    println!("{:016x}", fnv1a(&bytes));
    println!("{:#010x}", mix(0xDEAD_BEEF, 42));
    let (v, o) = i32::MAX.overflowing_add(1);
    println!("{} {}", v, o);
    println!("{}", u8::MAX.saturating_sub(3).saturating_add(200));
    println!("{}", (-128i8).wrapping_neg());
    println!("{}", 1u64.wrapping_sub(2));
}
