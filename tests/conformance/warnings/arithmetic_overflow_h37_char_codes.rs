// lints: arithmetic_overflow
// regen: build
// A tiny cipher that turns characters and flags into numbers.
const SHIFT: u8 = 200;
const FIRST: char = 'a';

fn offset_of_z() -> u32 {
    let code = 'z' as u32;
    code - 200
}

fn from_first() -> u8 {
    let start = FIRST as u8;
    start + SHIFT
}

fn flag_delta(enabled: bool) -> u8 {
    let on = true as u8;
    let off = enabled as u8;
    on - 2 + off
}

fn byte_sum() -> u8 {
    let tilde = b'~';
    tilde * 3
}

fn direct() -> u32 {
    ('A' as u32) * 0xFFFF_FFF
}

fn narrow(c: char) -> u8 {
    let wide = 'é' as u8;
    let mine = c as u8;
    wide + mine
}

fn sign_flip() -> i8 {
    let raw = 200u8 as i8;
    raw - 100
}

fn main() {
    println!("{}", offset_of_z());
    println!("{}", from_first());
    println!("{}", flag_delta(false));
    println!("{}", byte_sum());
    println!("{}", direct());
    println!("{}", narrow('b'));
    println!("{}", sign_flip());
}
