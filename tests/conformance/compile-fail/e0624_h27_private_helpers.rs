// Tokenizer with public and private helpers split over two impl blocks.
mod lexer {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Kind {
        Digit,
        Letter,
        Space,
        Other,
    }

    pub struct Lexer {
        pos: usize,
        pub line: u32,
    }

    impl Lexer {
        pub fn new() -> Lexer {
            Lexer { pos: 0, line: 1 }
        }

        pub fn classify(&self, b: u8) -> Kind {
            if Self::is_digit(b) {
                Kind::Digit
            } else if b.is_ascii_alphabetic() {
                Kind::Letter
            } else if b == b' ' {
                Kind::Space
            } else {
                Kind::Other
            }
        }
    }

    impl Lexer {
        fn is_digit(b: u8) -> bool {
            b >= b'0' && b <= b'9'
        }

        fn advance(&mut self) {
            self.pos += 1;
        }

        pub(crate) fn position(&self) -> usize {
            self.pos
        }
    }
}

use lexer::{Kind, Lexer};

fn main() {
    let mut lx = Lexer::new();
    let text = b"ab 12";
    let mut digits = 0;
    for &b in text.iter() {
        if lx.classify(b) == Kind::Digit {
            digits += 1;
        }
        lx.advance();
    }
    if Lexer::is_digit(b'7') {
        println!("seven");
    }
    println!("{} digits, at {} line {}", digits, lx.position(), lx.line);
    println!("{}", lx.pos);
}
