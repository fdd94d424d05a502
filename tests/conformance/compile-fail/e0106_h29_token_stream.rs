// A tokenizer whose token types borrow from the source text without lifetimes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Word(&str),
    Number(i64),
    Symbol(char),
}

type Source = &[u8];

#[derive(Debug, Clone, Copy)]
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn longer(a: &str, b: &str) -> &str {
        if a.len() >= b.len() { a } else { b }
    }
}

fn first_byte(src: &[u8]) -> u8 {
    if src.is_empty() { 0 } else { src[0] }
}

fn classify(c: char) -> Token {
    if c.is_ascii_digit() {
        Token::Number(c as i64 - '0' as i64)
    } else {
        Token::Symbol(c)
    }
}

fn main() {
    let c = Cursor { text: "let x = 4;", pos: 4 };
    println!("{} {:?}", c.rest(), classify('7'));
    println!("{}", Cursor::longer("ab", "abc"));
    println!("{}", first_byte(b"xyz"));
    let t = Token::Wrd("let");
    println!("{:?}", t);
}
