// Parsing a header: a name is shadowed with a different type and later code
// still treats it as the old one.
#[derive(Debug, Clone, Copy)]
struct Header {
    version: u8,
    length: u16,
}

fn checksum(bytes: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for b in bytes {
        sum = sum.wrapping_add(*b);
    }
    sum
}

fn parse(bytes: &[u8; 4]) -> Header {
    let version = bytes[0];
    let length = bytes[1] as u16 * 256 + bytes[2] as u16;
    let version = version > 1;
    Header { version, length }
}

fn main() {
    let raw = [2u8, 0, 12, 99];
    let h = parse(&raw);
    let count = raw.len();
    let count = count as f64 / 2.0;
    let half: usize = count;
    let sum = checksum(&raw);
    let sum = sum == raw[3];
    let expected: u8 = sum;
    println!("{:?} {} {}", h, half, expected);
}
