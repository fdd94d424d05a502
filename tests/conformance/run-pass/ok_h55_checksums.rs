// Simple checksums over byte strings: Adler-32, Fletcher-16, a rotating hash.
const MOD_ADLER: u32 = 65521;

fn adler32(data: &[u8]) -> u32 {
    let mut a: u32 = 1;
    let mut b: u32 = 0;
    for &byte in data {
        a = (a + byte as u32) % MOD_ADLER;
        b = (b + a) % MOD_ADLER;
    }
    (b << 16) | a
}

fn fletcher16(data: &[u8]) -> u16 {
    let mut sum1: u16 = 0;
    let mut sum2: u16 = 0;
    for i in 0..data.len() {
        sum1 = (sum1 + data[i] as u16) % 255;
        sum2 = (sum2 + sum1) % 255;
    }
    (sum2 << 8) | sum1
}

fn rot_hash(data: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in data.iter() {
        h = h.rotate_left(5) ^ (*b as u32);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn parity(x: u32) -> bool {
    x.count_ones() % 2 == 1
}

fn main() {
    let inputs: [&[u8]; 3] = [b"Wikipedia", b"abcde", b""];
    for input in inputs {
        let a = adler32(input);
        let f = fletcher16(input);
        let r = rot_hash(input);
        println!(
            "len={:>2} adler={:08x} fletcher={:04x} rot={:08x} odd={}",
            input.len(),
            a,
            f,
            r,
            parity(a)
        );
    }
    let empty: &[u8] = b"";
    assert!(empty.is_empty());
    assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    println!("leading zeros of 1: {}", 1u32.leading_zeros());
    println!("u32 bits = {}, max = {}", u32::BITS, u32::MAX);
}
