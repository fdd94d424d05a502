// lints: unused_assignments unused_variables
// Byte tokenizer with C-style "initialise everything up front" habits.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32),
    Plus,
    Minus,
    Space,
    Bad(u8),
}

fn next_token(src: &[u8], pos: usize) -> (Tok, usize) {
    let mut tok = Tok::Bad(0);
    let mut len = 0;
    let b = src[pos];
    if b.is_ascii_digit() {
        let mut value = 0u32;
        let mut i = pos;
        while i < src.len() && src[i].is_ascii_digit() {
            value = value * 10 + (src[i] - b'0') as u32;
            i += 1;
        }
        tok = Tok::Num(value);
        len = i - pos;
    } else {
        len = 1;
        tok = match b {
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b' ' => Tok::Space,
            other => Tok::Bad(other),
        };
    }
    (tok, len)
}

fn evaluate(src: &[u8]) -> i64 {
    let mut pos = 0;
    let mut total: i64 = 0;
    let mut sign: i64 = 1;
    let mut last = Tok::Space;
    while pos < src.len() {
        let (tok, len) = next_token(src, pos);
        match tok {
            Tok::Num(n) => total += sign * n as i64,
            Tok::Plus => sign = 1,
            Tok::Minus => sign = -1,
            Tok::Space => {}
            Tok::Bad(b) => println!("bad byte {}", b),
        }
        last = tok;
        pos += len;
    }
    sign = 0;
    total
}

fn main() {
    println!("{}", evaluate(b"12 + 30 - 7"));
}
