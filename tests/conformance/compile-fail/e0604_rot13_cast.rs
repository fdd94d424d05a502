// ROT13 over bytes: the shifted value is computed in u32 and cast straight to char.
fn rot13(b: u8) -> char {
    if b.is_ascii_lowercase() {
        let shifted = (b - b'a' + 13) as u32 % 26 + b'a' as u32;
        shifted as char
    } else {
        b as char
    }
}

fn main() {
    let code: i32 = 65;
    let letter = code as char;
    for &b in b"hello" {
        print!("{}", rot13(b));
    }
    println!(" {}", letter);
}
