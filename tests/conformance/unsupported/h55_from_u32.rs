// Caesar shift over chars; uses char::from_u32 (L2).
fn shift(c: char, k: u32) -> char {
    if c.is_ascii_lowercase() {
        let base = 'a' as u32;
        let off = (c as u32 - base + k) % 26;
        char::from_u32(base + off).unwrap()
    } else {
        c
    }
}

fn shift_byte(b: u8, k: u8) -> u8 {
    if b.is_ascii_lowercase() {
        b'a' + (b - b'a' + k) % 26
    } else {
        b
    }
}

fn main() {
    println!("{}", shift('x', 3));
    println!("{}", shift_byte(b'x', 3) as char);
}
