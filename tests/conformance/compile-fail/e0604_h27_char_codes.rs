// Caesar cipher over ASCII bytes; a few casts to `char` are not allowed.
const SHIFT: u32 = 3;

fn rotate(c: char) -> char {
    if c.is_ascii_lowercase() {
        let base = b'a' as u32;
        let off = (c as u32 - base + SHIFT) % 26;
        (base + off) as char
    } else if c.is_ascii_uppercase() {
        let b = b'A';
        ((c as u8 - b + SHIFT as u8) % 26 + b) as char
    } else {
        c
    }
}

fn digit_char(d: i32) -> char {
    (d + 48) as char
}

fn checksum(text: &[u8]) -> char {
    let mut acc: u16 = 0;
    for &b in text {
        acc = acc.wrapping_add(b as u16);
    }
    (acc % 26 + 65) as char
}

fn main() {
    let word = ['h', 'e', 'y'];
    for c in word {
        print!("{}", rotate(c));
    }
    println!(" {} {}", digit_char(7), checksum(b"abc"));
    let e = 'e' as u8 as char;
    let big = 'é' as u8;
    println!("{} {}", e, big);
}
