// Tokenizer over a byte string with range patterns and @ bindings.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32),
    Ident(usize, usize),
    Op(u8),
    LParen,
    RParen,
}

fn tokenize(src: &[u8], out: &mut [Tok; 32]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < src.len() {
        match src[i] {
            b' ' | b'\t' => i += 1,
            b'0'..=b'9' => {
                let mut v = 0u32;
                while i < src.len() && src[i].is_ascii_digit() {
                    v = v * 10 + (src[i] - b'0') as u32;
                    i += 1;
                }
                out[n] = Tok::Num(v);
                n += 1;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let start = i;
                while i < src.len() && (src[i].is_ascii_alphanumeric() || src[i] == b'_') {
                    i += 1;
                }
                out[n] = Tok::Ident(start, i);
                n += 1;
            }
            op @ (b'+' | b'-' | b'*' | b'/') => {
                out[n] = Tok::Op(op);
                n += 1;
                i += 1;
            }
            b'(' => {
                out[n] = Tok::LParen;
                n += 1;
                i += 1;
            }
            b')' => {
                out[n] = Tok::RParen;
                n += 1;
                i += 1;
            }
            other => {
                println!("skipping byte {:#04x}", other);
                i += 1;
            }
        }
    }
    n
}

fn main() {
    let src = b"rate * (base_2 + 40) / 7 # end";
    let mut toks = [Tok::LParen; 32];
    let n = tokenize(src, &mut toks);
    for t in &toks[..n] {
        match *t {
            Tok::Ident(s, e) => {
                print!("ident(");
                for &b in &src[s..e] {
                    print!("{}", b as char);
                }
                println!(")");
            }
            Tok::Op(o) => println!("op {}", o as char),
            other => println!("{:?}", other),
        }
    }
    println!("{} tokens", n);
}
