// Byte buffer views that cast to unsized slice and str types instead of borrowing.
const MAGIC: [u8; 4] = *b"SLCE";

#[derive(Debug, Clone, Copy)]
struct Header {
    magic: [u8; 4],
    version: u16,
}

fn checksum(bytes: &[u8]) -> u32 {
    let mut sum = 0u32;
    for b in bytes {
        sum = sum.rotate_left(3) ^ *b as u32;
    }
    sum
}

fn magic_ok(h: &Header) -> bool {
    let view = h.magic as [u8];
    view.len() == MAGIC.len()
}

fn label(h: &Header) -> usize {
    let text = "v2" as str;
    text.len() + h.version as usize
}

fn main() {
    let h = Header { magic: MAGIC, version: 2 };
    println!("{} {} {}", checksum(&h.magic), magic_ok(&h), label(&h));
    let v = h.version as u8 as char as u16 as bool;
    println!("{}", v);
}
