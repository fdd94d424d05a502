enum Token {
    Num(i64),
    Neg(i64),
}

fn value(t: Token) -> i64 {
    let Token::Num(n) | Token::Neg(n) = t;
    n
}

fn main() {
    println!("{}", value(Token::Num(4)));
}
