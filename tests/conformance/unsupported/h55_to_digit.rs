// Parse a decimal number from a byte string by hand; uses char::to_digit (L2).
fn parse_digits(s: &[u8]) -> u32 {
    let mut value = 0u32;
    for &b in s {
        let c = b as char;
        if let Some(d) = c.to_digit(10) {
            value = value * 10 + d;
        }
    }
    value
}

fn parse_manual(s: &[u8]) -> u32 {
    let mut value = 0u32;
    for &b in s {
        if b.is_ascii_digit() {
            value = value * 10 + (b - b'0') as u32;
        }
    }
    value
}

fn main() {
    println!("{}", parse_digits(b"12a34"));
    println!("{}", parse_manual(b"12a34"));
}
