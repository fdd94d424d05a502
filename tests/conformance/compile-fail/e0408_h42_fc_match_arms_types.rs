// match mistakes: arms with different types, and a binding missing from one `|` alternative.
#[derive(Debug, Clone, Copy)]
enum Token {
    Number(i64),
    Plus,
    Minus,
    Paren(char),
}

fn weight(t: Token) -> i64 {
    match t {
        Token::Number(n) => n,
        Token::Plus | Token::Minus => 1,
        // mistake 1: this arm is a &str
        Token::Paren(_) => "paren",
    }
}

fn value(pair: (i64, i64)) -> i64 {
    match pair {
        // mistake 2: `x` is not bound in the second alternative
        (x, 0) | (0, y) => x,
        (a, b) => a + b,
    }
}

fn main() {
    let tokens = [Token::Number(4), Token::Plus, Token::Paren('('), Token::Minus];
    for t in tokens {
        println!("{:?} weighs {}", t, weight(t));
    }
    println!("{}", value((3, 0)));
}
