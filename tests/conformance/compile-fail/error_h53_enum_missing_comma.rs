// Missing comma between enum variants.
#[derive(Debug, PartialEq)]
enum Token {
    Number(i64)
    Plus,
    Minus,
    Star
    Slash,
}

fn apply(op: &Token, a: i64, b: i64) -> i64 {
    match op {
        Token::Plus => a + b,
        Token::Minus => a - b,
        Token::Star => a * b,
        Token::Slash => a / b,
        Token::Number(n) => *n,
    }
}

fn main() {
    println!("{}", apply(&Token::Plus, 2, 3));
}
