// A lexer over a byte slice with a borrowed cursor struct and lifetimes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'a> {
    Ident(&'a [u8]),
    Int(u64),
    Punct(u8),
    Arrow,
    Eof,
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a [u8]) -> Lexer<'a> {
        Lexer { src, pos: 0 }
    }

    fn peek(&self) -> u8 {
        if self.pos < self.src.len() { self.src[self.pos] } else { 0 }
    }

    fn skip_ws(&mut self) {
        while self.pos < self.src.len() && self.src[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn next_tok(&mut self) -> Tok<'a> {
        self.skip_ws();
        let start = self.pos;
        let c = self.peek();
        match c {
            0 => Tok::Eof,
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                while self.peek().is_ascii_alphanumeric() || self.peek() == b'_' {
                    self.pos += 1;
                }
                Tok::Ident(&self.src[start..self.pos])
            }
            b'0'..=b'9' => {
                let mut v: u64 = 0;
                while let d @ b'0'..=b'9' = self.peek() {
                    v = v.wrapping_mul(10).wrapping_add((d - b'0') as u64);
                    self.pos += 1;
                }
                Tok::Int(v)
            }
            b'-' if self.src.len() > self.pos + 1 && self.src[self.pos + 1] == b'>' => {
                self.pos += 2;
                Tok::Arrow
            }
            other => {
                self.pos += 1;
                Tok::Punct(other)
            }
        }
    }
}

fn show(t: &Tok) {
    match *t {
        Tok::Ident(name) => {
            print!("ident(");
            for &b in name {
                print!("{}", b as char);
            }
            println!(")");
        }
        Tok::Int(v) => println!("int({v})"),
        Tok::Punct(p) => println!("punct({:?})", p as char),
        Tok::Arrow => println!("arrow"),
        Tok::Eof => println!("eof"),
    }
}

fn count_idents(src: &[u8]) -> usize {
    let mut lx = Lexer::new(src);
    let mut n = 0;
    loop {
        match lx.next_tok() {
            Tok::Eof => break n,
            Tok::Ident(_) => n += 1,
            _ => {}
        }
    }
}

fn main() {
    let src = b"fn add_one(x: u32) -> u32 { x + 1 } // 42";
    let mut lx = Lexer::new(src);
    let mut tokens = [Tok::Eof; 32];
    let mut n = 0;
    loop {
        let t = lx.next_tok();
        tokens[n] = t;
        n += 1;
        if t == Tok::Eof || n == tokens.len() {
            break;
        }
    }
    for t in &tokens[..n] {
        show(t);
    }
    println!("idents: {}", count_idents(src));
    println!("idents in empty: {}", count_idents(b""));
}
