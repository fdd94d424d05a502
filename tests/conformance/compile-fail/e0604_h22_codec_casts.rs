// A tiny text codec that casts between numbers, chars, bools and structs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Upper = 1,
    Lower = 2,
}

#[derive(Debug, Clone, Copy)]
struct Code(u8);

fn shift(c: char, by: u8) -> char {
    let base = if c.is_ascii_uppercase() { b'A' } else { b'a' };
    let off = (c as u8 - base + by) % 26;
    (base + off) as char
}

fn main() {
    let k: u32 = 66;
    let letter = k as char;
    let m = Mode::Upper as u8;
    let back = 2u8 as Mode;
    let code = Code(7);
    let raw = code as u8;
    let enabled = 1u8 as bool;
    let r = &k;
    let widened = r as u64;
    let f = 65.5f32 as char;
    let ok = 'z' as u32 as u8;
    let text = "abc" as u32;
    println!("{} {} {:?} {} {} {} {} {} {}", letter, m, back, raw, enabled, widened, f, ok, text);
    println!("{}", shift('y', 3));
}
