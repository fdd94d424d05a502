// edition:2024
// A small tokenizer over chars with peekable iteration and position tracking.
use std::iter::Peekable;
use std::str::CharIndices;

#[derive(Debug, Clone, PartialEq)]
pub enum Tok<'a> {
    Ident(&'a str),
    Int(i64),
    Str(String),
    Op(char),
    Arrow,
    Eof,
}

#[derive(Debug)]
pub struct LexError {
    pub offset: usize,
    pub message: String,
}

pub struct Lexer<'a> {
    src: &'a str,
    chars: Peekable<CharIndices<'a>>,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Lexer { src, chars: src.char_indices().peekable() }
    }

    fn skip_ws(&mut self) {
        while let Some(&(_, c)) = self.chars.peek() && c.is_whitespace() {
            self.chars.next();
        }
    }

    pub fn next_token(&mut self) -> Result<Tok<'a>, LexError> {
        self.skip_ws();
        let Some((start, c)) = self.chars.next() else {
            return Ok(Tok::Eof);
        };
        match c {
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut end = start + c.len_utf8();
                while let Some(&(i, c)) = self.chars.peek() {
                    if !(c.is_alphanumeric() || c == '_') {
                        break;
                    }
                    end = i + c.len_utf8();
                    self.chars.next();
                }
                Ok(Tok::Ident(&self.src[start..end]))
            }
            '0'..='9' => {
                let mut value = c.to_digit(10).unwrap() as i64;
                while let Some(&(_, d @ '0'..='9')) = self.chars.peek() {
                    value = value * 10 + d.to_digit(10).unwrap() as i64;
                    self.chars.next();
                }
                Ok(Tok::Int(value))
            }
            '"' => {
                let mut s = String::new();
                loop {
                    match self.chars.next() {
                        Some((_, '"')) => break Ok(Tok::Str(s)),
                        Some((_, '\\')) => match self.chars.next() {
                            Some((_, 'n')) => s.push('\n'),
                            Some((_, other)) => s.push(other),
                            None => break Err(LexError { offset: start, message: "bad escape".into() }),
                        },
                        Some((_, ch)) => s.push(ch),
                        None => break Err(LexError { offset: start, message: "unterminated string".into() }),
                    }
                }
            }
            '-' if matches!(self.chars.peek(), Some((_, '>'))) => {
                self.chars.next();
                Ok(Tok::Arrow)
            }
            '+' | '-' | '*' | '/' | '(' | ')' | '=' => Ok(Tok::Op(c)),
            other => Err(LexError { offset: start, message: format!("unexpected {other:?}") }),
        }
    }
}

fn main() {
    let mut lx = Lexer::new(r#"let x = 42 -> "a\nb" + y_1"#);
    loop {
        match lx.next_token() {
            Ok(Tok::Eof) => break,
            Ok(t) => println!("{t:?}"),
            Err(e) => {
                eprintln!("error at {}: {}", e.offset, e.message);
                break;
            }
        }
    }
}
