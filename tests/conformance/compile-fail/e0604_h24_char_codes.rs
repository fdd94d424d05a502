// Building character codes from numbers.
const BASE: u32 = 65;

fn letter(offset: u32) -> char {
    (BASE + offset) as char
}

fn digit(n: u8) -> char {
    (b'0' + n) as char
}

fn wide(n: u16) -> char {
    n as char
}

fn signed(n: i8) -> char {
    n as char
}

fn from_float(x: f32) -> char {
    x as char
}

fn roundtrip(c: char) -> u8 {
    c as u8
}

fn main() {
    println!("{}{}", letter(2), digit(7));
    println!("{}{}", wide(66), signed(67));
    println!("{} {}", from_float(68.0), roundtrip('E'));
}
