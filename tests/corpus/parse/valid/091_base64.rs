// Base64 encoding and decoding with a lookup table built by a const fn.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

const fn decode_table() -> [u8; 256] {
    let mut table = [0xFFu8; 256];
    let mut i = 0;
    while i < 64 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
}

static DECODE: [u8; 256] = decode_table();

pub fn encode(input: &[u8]) -> String {
    let mut out = String::with_capacity((input.len() + 2) / 3 * 4);
    for chunk in input.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 0x3F) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[derive(Debug, PartialEq)]
pub enum DecodeError {
    InvalidByte(usize, u8),
    BadLength(usize),
}

pub fn decode(input: &str) -> Result<Vec<u8>, DecodeError> {
    let bytes = input.trim_end_matches('=').as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(DecodeError::BadLength(input.len()));
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let v = DECODE[b as usize];
        if v == 0xFF {
            return Err(DecodeError::InvalidByte(i, b));
        }
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

fn main() {
    for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
        let e = encode(s.as_bytes());
        let d = decode(&e).map(String::from_utf8);
        println!("{s:?} -> {e:?} -> {d:?}");
    }
    println!("{:?}", decode("ab$d"));
}
