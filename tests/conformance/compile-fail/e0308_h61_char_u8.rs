// char and u8 confusion
fn shift(c: char, by: u8) -> char {
    let base = if c.is_ascii_uppercase() { b'A' } else { b'a' };
    let off = (c as u8 - base + by) % 26;
    base + off
}

fn main() {
    let letter: char = 72u8;
    println!("{} {}", shift('x', 3), letter);
}
