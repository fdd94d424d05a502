// lints: unreachable_patterns overlapping_range_endpoints
// Keypad decoder: key codes are consts, and some arms can never match.
const KEY_0: u8 = 0x30;
const KEY_9: u8 = 0x39;
const KEY_STAR: u8 = 0x2A;
const KEY_HASH: u8 = 0x23;
const KEY_CLEAR: u8 = KEY_STAR;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Key {
    Digit(u8),
    Enter,
    Clear,
    Unknown,
}

fn decode(code: u8) -> Key {
    match code {
        KEY_0..=KEY_9 => Key::Digit(code - KEY_0),
        KEY_HASH => Key::Enter,
        KEY_STAR => Key::Clear,
        KEY_CLEAR => Key::Clear,
        0x35 => Key::Digit(5),
        _ => Key::Unknown,
    }
}

fn bucket(level: u8) -> u8 {
    match level {
        0..=50 => 0,
        50..=100 => 1,
        101..=255 => 2,
        _ => 3,
    }
}

fn main() {
    let input = [0x31u8, 0x32, 0x2A, 0x23, 0x41];
    for c in input {
        println!("{:?}", decode(c));
    }
    println!("{} {}", bucket(50), bucket(200));
}
