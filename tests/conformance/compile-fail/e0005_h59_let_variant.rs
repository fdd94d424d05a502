#[derive(Debug)]
enum Token {
    Number(i64),
    Plus,
    Minus,
    Ident { name_len: usize, first: char },
}

fn main() {
    let tokens = [Token::Number(3), Token::Plus, Token::Number(4)];
    let Token::Number(lhs) = tokens[0];
    let Token::Number(rhs) = tokens[2];
    println!("{}", lhs + rhs);
}
