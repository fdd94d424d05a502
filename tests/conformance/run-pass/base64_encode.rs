// Base64 encoding of fixed inputs, with padding, plus a decode check.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn encode(input: &[u8], out: &mut [u8; 64]) -> usize {
    let mut n = 0;
    for chunk_start in (0..input.len()).step_by(3) {
        let remaining = input.len() - chunk_start;
        let b0 = input[chunk_start] as u32;
        let b1 = if remaining > 1 { input[chunk_start + 1] as u32 } else { 0 };
        let b2 = if remaining > 2 { input[chunk_start + 2] as u32 } else { 0 };
        let triple = (b0 << 16) | (b1 << 8) | b2;
        for k in 0..4 {
            out[n + k] = if k <= remaining {
                ALPHABET[((triple >> (18 - 6 * k)) & 0x3f) as usize]
            } else {
                b'='
            };
        }
        n += 4;
    }
    n
}

fn decode_char(c: u8) -> u32 {
    match c {
        b'A'..=b'Z' => (c - b'A') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 26,
        b'0'..=b'9' => (c - b'0') as u32 + 52,
        b'+' => 62,
        b'/' => 63,
        _ => 0,
    }
}

fn main() {
    let inputs: [&[u8]; 5] = [b"", b"f", b"fo", b"foo", b"sluice: fast Rust checks"];
    for input in inputs {
        let mut out = [0u8; 64];
        let n = encode(input, &mut out);
        print!("{:>2} bytes -> ", input.len());
        for &c in &out[..n] {
            print!("{}", c as char);
        }
        let mut first = 0;
        if n >= 4 {
            first = (decode_char(out[0]) << 2) | (decode_char(out[1]) >> 4);
        }
        println!("  (first byte back: {})", first);
    }
}
