// A small tokenizer that walks a byte slice with `while let` slice patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32),
    Op(u8),
    LParen,
    RParen,
}

fn tokenize(mut rest: &[u8], out: &mut [Tok; 32]) -> usize {
    let mut n = 0;
    while let [c, tail @ ..] = rest {
        rest = tail;
        let t = match *c {
            b' ' => continue,
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            b'+' | b'-' | b'*' | b'/' => Tok::Op(*c),
            d @ b'0'..=b'9' => {
                let mut v = (d - b'0') as u32;
                while let [x @ b'0'..=b'9', more @ ..] = rest {
                    v = v * 10 + (*x - b'0') as u32;
                    rest = more;
                }
                Tok::Num(v)
            }
            other => panic!("bad byte {}", other),
        };
        out[n] = t;
        n += 1;
    }
    n
}

fn pairs(toks: &[Tok]) -> u32 {
    let mut count = 0;
    let mut view = toks;
    while let [Tok::Num(a), Tok::Op(op), Tok::Num(b), ..] = view {
        println!("  pair {} {} {}", a, *op as char, b);
        count += 1;
        view = &view[2..];
    }
    count
}

fn main() {
    let mut buf = [Tok::LParen; 32];
    let n = tokenize(b"12 + 7*(30 - 4)", &mut buf);
    for t in &buf[..n] {
        print!("{:?} ", t);
    }
    println!();
    let m = tokenize(b"1+22*333", &mut buf);
    println!("chained pairs: {}", pairs(&buf[..m]));
}
