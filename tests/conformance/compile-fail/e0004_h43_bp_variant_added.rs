// Token::Slash added and lexed, evaluate's match not updated
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Number(u32),
    Plus,
    Minus,
    Star,
    Slash,
    Space,
    Invalid(u8),
}

struct Lexer<'a> {
    input: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(input: &'a [u8]) -> Lexer<'a> {
        Lexer { input, pos: 0 }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.input.len()
    }

    fn read_number(&mut self) -> u32 {
        let mut value: u32 = 0;
        while !self.at_end() && self.input[self.pos].is_ascii_digit() {
            value = value * 10 + (self.input[self.pos] - b'0') as u32;
            self.pos += 1;
        }
        value
    }

    fn next_token(&mut self) -> Token {
        let b = self.input[self.pos];
        if b.is_ascii_digit() {
            return Token::Number(self.read_number());
        }
        self.pos += 1;
        match b {
            b'+' => Token::Plus,
            b'-' => Token::Minus,
            b'*' => Token::Star,
            b'/' => Token::Slash,
            b' ' => Token::Space,
            other => Token::Invalid(other),
        }
    }
}

fn evaluate(input: &[u8]) -> i64 {
    let mut lexer = Lexer::new(input);
    let mut total: i64 = 0;
    let mut sign: i64 = 1;
    let mut pending_mul: i64 = 1;
    while !lexer.at_end() {
        match lexer.next_token() {
            Token::Number(n) => {
                total += sign * pending_mul * n as i64;
                pending_mul = 1;
            }
            Token::Plus => sign = 1,
            Token::Minus => sign = -1,
            Token::Star => {
                pending_mul = total;
                total = 0;
            }
            Token::Space => {}
            Token::Invalid(b) => {
                println!("skipping invalid byte {}", b);
            }
        }
    }
    total
}

fn main() {
    let exprs: [&[u8]; 3] = [b"12 + 30", b"100 - 58", b"7 * 6"];
    for e in exprs {
        println!("{}", evaluate(e));
    }
    let bad = b"4 ? 2";
    println!("{}", evaluate(bad));
}
