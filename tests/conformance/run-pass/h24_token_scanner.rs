// A scanner over a byte string with slice patterns, char classes and match guards.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32),
    Ident(usize, usize),
    Op(char),
    Space,
}

fn classify(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => 0,
        b'a'..=b'z' | b'A'..=b'Z' | b'_' => 1,
        b' ' | b'\t' => 2,
        _ => 3,
    }
}

fn scan(src: &[u8], out: &mut [Tok; 16]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < src.len() && n < out.len() {
        let start = i;
        let tok = match classify(src[i]) {
            0 => {
                let mut v = 0u32;
                while i < src.len() && classify(src[i]) == 0 {
                    v = v * 10 + (src[i] - b'0') as u32;
                    i += 1;
                }
                Tok::Num(v)
            }
            1 => {
                while i < src.len() && classify(src[i]) <= 1 {
                    i += 1;
                }
                Tok::Ident(start, i)
            }
            2 => {
                i += 1;
                Tok::Space
            }
            _ => {
                i += 1;
                Tok::Op(src[start] as char)
            }
        };
        if tok != Tok::Space {
            out[n] = tok;
            n += 1;
        }
    }
    n
}

fn describe(toks: &[Tok], src: &[u8]) {
    match toks {
        [] => println!("empty"),
        [Tok::Ident(a, b), Tok::Op('='), rest @ ..] => {
            let name = &src[*a..*b];
            print!("assign to ");
            for c in name {
                print!("{}", c.to_ascii_uppercase() as char);
            }
            println!(" with {} more tokens", rest.len());
        }
        [first, .., last] => println!("from {:?} to {:?}", first, last),
        [only] => println!("single {:?}", only),
    }
}

fn main() {
    let src = b"total = count_1 + 42 * x";
    let mut buf = [Tok::Space; 16];
    let n = scan(src, &mut buf);
    println!("{} tokens", n);
    for t in &buf[..n] {
        match t {
            Tok::Num(v) if *v > 10 => println!("big number {v}"),
            Tok::Num(v) => println!("number {v}"),
            &Tok::Ident(a, b) => println!("ident {}..{} len {}", a, b, b - a),
            Tok::Op(c @ ('+' | '-')) => println!("additive {c}"),
            Tok::Op(c) => println!("op {:?} code {}", c, *c as u32),
            Tok::Space => unreachable!(),
        }
    }
    describe(&buf[..n], src);
    describe(&buf[..1], src);
    describe(&buf[2..4], src);
}
