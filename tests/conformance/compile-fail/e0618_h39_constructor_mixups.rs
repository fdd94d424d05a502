// Unit structs, tuple structs and tuple variants used with the wrong shape.
mod parser {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Eof;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Span(pub usize, pub usize);

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Token {
        Num(i64),
        Plus,
        End,
    }
}

use parser::{Eof, Span, Token};

fn width(s: Span) -> usize {
    s.1 - s.0
}

fn eval(tokens: &[Token]) -> i64 {
    let mut total = 0;
    for t in tokens {
        match *t {
            Token::Num(n) => total += n,
            Token::Plus => {}
            Token::End => break,
        }
    }
    total
}

fn main() {
    let marker = Eof();
    let s = Span(2, 9);
    let toks = [Token::Num(4), Token::Plus, Token::Num(5), Token::End];
    println!("{} {} {:?}", width(s), eval(&toks), marker);
    match toks[0] {
        Token::Num => println!("number"),
        _ => println!("other"),
    }
}
