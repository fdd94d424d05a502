// A lexer groups operator tokens in one arm but only some alternatives bind the operator byte.
#[derive(Clone, Copy)]
enum Token {
    Plus(u8),
    Minus(u8),
    Star,
    Number(i64),
}

fn describe(t: Token) -> i64 {
    match t {
        Token::Plus(op) | Token::Minus(op) | Token::Star => op as i64,
        Token::Number(n) => n,
    }
}

fn main() {
    let toks = [Token::Number(4), Token::Plus(b'+'), Token::Star, Token::Minus(b'-')];
    for t in toks {
        println!("{}", describe(t));
    }
}
