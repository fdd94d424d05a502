// Key-code decoder using `@` bindings with range patterns.

#[derive(Debug)]
enum Key {
    Digit(u8),
    Letter(char),
    Function(u8),
    Other(u8),
}

fn decode(code: u8) -> Key {
    match code {
        d @ b'0'..=b'9' => Key::Digit(d - b'0'),
        c @ 'a'..='z' => Key::Letter(c),
        f @ 0x70..=0x7b => Key::Function(f - 0x6f),
        other => Key::Other(other),
    }
}

fn weight(k: &Key) -> u32 {
    match k {
        Key::Digit(n @ 0..=4) => n,
        Key::Digit(n) => *n as u32 * 2,
        Key::Letter(_) => 1,
        Key::Function(f) => *f as u32 + 10,
        Key::Other(_) => 0,
    }
}

fn main() {
    for code in [b'3', b'q', 0x71, 0x01] {
        let k = decode(code);
        println!("{:?} weight {}", k, weight(&k));
    }
}
