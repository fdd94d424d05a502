use crate::token::Token;

pub struct Lexer<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(bytes: &'a [u8]) -> Lexer<'a> {
        Lexer { bytes, pos: 0 }
    }

    pub fn next_token(&mut self) -> Token {
        while self.pos < self.bytes.len() && self.bytes[self.pos] == b' ' {
            self.pos += 1;
        }
        if self.pos >= self.bytes.len() {
            return Token::End;
        }
        let b = self.bytes[self.pos];
        self.pos += 1;
        match b {
            b'+' => Token::Plus,
            b'-' => Token::Minus,
            b'0'..=b'9' => {
                let mut value = (b - b'0') as u32;
                while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_digit() {
                    value = value * 10 + (self.bytes[pos] - b'0') as u32;
                    self.pos += 1;
                }
                Token::Number(value)
            }
            _ => Token::Unknown(b),
        }
    }
}
