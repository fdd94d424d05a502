// lints: unreachable_patterns dead_code overflowing_literals
// Keypad scan codes: a u8 table where one code was written as 256 (meant 0x56).
#[derive(Debug)]
enum Key {
    Digit(u8),
    Enter,
    Clear,
    Other,
}

fn scan(code: u8) -> Key {
    match code {
        0 | 256 => Key::Clear,
        1..=9 => Key::Digit(code),
        13 => Key::Enter,
        _ => Key::Other,
    }
}

fn count_digits(codes: &[u8]) -> u32 {
    let mut n = 0;
    for &c in codes {
        if let Key::Digit(_) = scan(c) {
            n += 1;
        }
    }
    n
}

fn main() {
    let codes = [1u8, 5, 13, 0, 42];
    for c in codes {
        println!("{:?}", scan(c));
    }
    println!("digits: {}", count_digits(&codes));
}
