// A small FNV-1a style hash with bit mixing, printed in hex.
const OFFSET: u32 = 0x811c_9dc5;
const PRIME: u32 = 0x0100_0193;

fn fnv1a(data: &[u8]) -> u32 {
    let mut h = OFFSET;
    for &b in data {
        h ^= b as u32;
        h = h.wrapping_mul(PRIME);
    }
    h
}

fn mix(x: u32) -> u32 {
    let a = x.rotate_left(13) ^ x.rotate_right(7);
    let b = a.swap_bytes().wrapping_add(0x9e37_79b9);
    b ^ (b >> 16)
}

fn bucket(h: u32, buckets: u32) -> u32 {
    if buckets.is_power_of_two() {
        h & (buckets - 1)
    } else {
        h % buckets
    }
}

fn main() {
    let words: [&[u8]; 4] = [b"alpha", b"beta", b"", b"gamma ray"];
    for w in words {
        let h = fnv1a(w);
        let m = mix(h);
        println!(
            "{:>9} len={} h={:08x} mix={:08X} ones={:2} lz={:2} tz={:2} b16={:2} b10={}",
            w.len(),
            w.len(),
            h,
            m,
            m.count_ones(),
            m.leading_zeros(),
            m.trailing_zeros(),
            bucket(m, 16),
            bucket(m, 10)
        );
    }
    let (sum, wrapped) = u32::MAX.overflowing_add(fnv1a(b"x"));
    println!("{} {} {}", sum, wrapped, u32::BITS);
    let narrow = 0xABu8;
    println!("{:08b} {:08b} {}", narrow.rotate_left(4), narrow.swap_bytes(), narrow.count_ones());
}
