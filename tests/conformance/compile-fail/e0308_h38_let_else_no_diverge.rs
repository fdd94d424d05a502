// let-else whose else block doesn't diverge, and a shadowed variable with a new type.
#[derive(Debug)]
enum Token {
    Number(i64),
    Plus,
    Minus,
}

fn number_or_zero(t: &Token) -> i64 {
    let Token::Number(n) = t else {
        0
    };
    *n
}

fn main() {
    let tokens = [Token::Number(4), Token::Plus, Token::Number(9), Token::Minus];
    let mut total = 0;
    for t in &tokens {
        total += number_or_zero(t);
    }
    let total = "done";
    let doubled: i64 = total * 2;
    println!("{doubled} {:?}", tokens[1]);
}
