// lints: unused_variables unused_assignments unused_mut
// A small tokenizer for arithmetic; several bookkeeping variables are never read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32),
    Plus,
    Star,
    LParen,
    RParen,
    End,
}

fn next_token(src: &[u8], pos: usize) -> (Tok, usize) {
    let mut i = pos;
    let mut skipped = 0;
    while i < src.len() && src[i] == b' ' {
        i += 1;
        skipped += 1;
    }
    if i >= src.len() {
        return (Tok::End, i);
    }
    let c = src[i];
    let mut kind = Tok::End;
    kind = match c {
        b'+' => Tok::Plus,
        b'*' => Tok::Star,
        b'(' => Tok::LParen,
        b')' => Tok::RParen,
        b'0'..=b'9' => {
            let mut value = 0u32;
            let mut digits = 0;
            while i < src.len() && src[i].is_ascii_digit() {
                value = value * 10 + (src[i] - b'0') as u32;
                i += 1;
                digits = digits + 1;
            }
            return (Tok::Num(value), i);
        }
        other => {
            let code = other as u32;
            Tok::End
        }
    };
    (kind, i + 1)
}

fn main() {
    let src = b"12 + 3 * (4 + 5)";
    let mut pos = 0;
    let mut count = 0;
    let mut last = Tok::End;
    loop {
        let (tok, next) = next_token(src, pos);
        if tok == Tok::End {
            break;
        }
        last = tok;
        pos = next;
        count += 1;
        println!("{:?}", tok);
    }
    let mut summary = (count, 0);
    summary.1 = 5;
    let mut flags = [false; 3];
    flags[1] = true;
    let (a, mut b) = (1, 2);
    println!("{} {}", summary.0, a);
}
