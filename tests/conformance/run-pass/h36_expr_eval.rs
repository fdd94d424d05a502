// Tokenize integer arithmetic into a fixed array, then evaluate it with precedence.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
    End,
}

const MAX_TOKENS: usize = 32;

fn tokenize(src: &[u8], out: &mut [Tok; MAX_TOKENS]) -> usize {
    let mut pos = 0;
    let mut n = 0;
    while pos < src.len() {
        let c = src[pos];
        pos += 1;
        let tok = match c {
            b' ' | b'\t' => continue,
            b'0'..=b'9' => {
                let mut v = (c - b'0') as i64;
                while pos < src.len() && src[pos].is_ascii_digit() {
                    v = v * 10 + (src[pos] - b'0') as i64;
                    pos += 1;
                }
                Tok::Num(v)
            }
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b'*' => Tok::Star,
            b'/' => Tok::Slash,
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            other => panic!("unexpected byte {:?}", other as char),
        };
        out[n] = tok;
        n += 1;
    }
    out[n] = Tok::End;
    n
}

struct Parser {
    toks: [Tok; MAX_TOKENS],
    at: usize,
}

impl Parser {
    fn cur(&self) -> Tok {
        self.toks[self.at]
    }

    fn bump(&mut self) {
        self.at += 1;
    }

    fn expr(&mut self) -> i64 {
        let mut acc = self.term();
        loop {
            match self.cur() {
                Tok::Plus => { self.bump(); acc += self.term(); }
                Tok::Minus => { self.bump(); acc -= self.term(); }
                _ => return acc,
            }
        }
    }

    fn term(&mut self) -> i64 {
        let mut acc = self.factor();
        while let op @ (Tok::Star | Tok::Slash) = self.cur() {
            self.bump();
            let rhs = self.factor();
            acc = if op == Tok::Star { acc * rhs } else { acc / rhs };
        }
        acc
    }

    fn factor(&mut self) -> i64 {
        match self.cur() {
            Tok::Num(n) => { self.bump(); n }
            Tok::Minus => { self.bump(); -self.factor() }
            Tok::LParen => {
                self.bump();
                let v = self.expr();
                assert_eq!(self.cur(), Tok::RParen, "missing )");
                self.bump();
                v
            }
            t => panic!("unexpected token {:?}", t),
        }
    }
}

fn main() {
    let cases: [&[u8]; 6] = [
        b"1 + 2 * 3",
        b"(1 + 2) * 3",
        b"100 / 7 / 2",
        b"-(4 - 10) * 2",
        b"2 * (3 + (4 - 1)) - 5",
        b"42",
    ];
    let mut total = 0;
    for (i, src) in cases.iter().enumerate() {
        let mut toks = [Tok::End; MAX_TOKENS];
        let count = tokenize(src, &mut toks);
        let mut p = Parser { toks, at: 0 };
        let v = p.expr();
        assert_eq!(p.cur(), Tok::End);
        total += v;
        println!("case {}: {:>2} tokens, {} bytes -> {:>4}", i, count, src.len(), v);
    }
    println!("sum of results: {}", total);
}
