// A tiny tokenizer over a byte string.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32),
    Plus,
    Minus,
    Star,
    End,
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

    fn next_tok(&mut self) -> Tok {
        while self.peek() == b' ' {
            self.pos += 1;
        }
        let c = self.peek();
        if c.is_ascii_digit() {
            let mut n = 0;
            while self.peek().is_ascii_digit() {
                n = n * 10 + (self.peek() - b'0');
                self.pos += 1;
            }
            return Tok::Num(n);
        }
        self.pos += 1;
        match c {
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b'*' => Tok::Star,
            0 => Tok::End,
            _ => Tok::End,
        }
    }
}

fn eval(src: &[u8]) -> i64 {
    let mut lx = Lexer::new(src);
    let mut acc: i64 = 0;
    let mut sign = 1;
    loop {
        match lx.next_tok() {
            Tok::Num(n) => acc += sign * n as i64,
            Tok::Plus => sign = 1,
            Tok::Minus => sign = -1,
            Tok::Star => acc *= 2,
            Tok::End => break acc,
        }
    }
}

fn main() {
    println!("{}", eval(b"12 + 30 - 2 *"));
}
