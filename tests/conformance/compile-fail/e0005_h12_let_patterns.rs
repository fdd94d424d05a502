// Unpacking token values with refutable `let` patterns.
#[derive(Debug, Clone, Copy)]
enum Token {
    Number(i64),
    Plus,
    Minus,
}

fn eval(tokens: &[Token; 3]) -> i64 {
    let [Token::Number(left), op, Token::Number(right)] = *tokens;
    match op {
        Token::Plus => left + right,
        Token::Minus => left - right,
        Token::Number(_) => 0,
    }
}

fn first_two(values: &[i32]) -> (i32, i32) {
    let [a, b, ..] = values;
    (*a, *b)
}

fn main() {
    let expr = [Token::Number(4), Token::Plus, Token::Number(9)];
    println!("{}", eval(&expr));
    println!("{:?}", first_two(&[3, 4, 5]));
    let (x, 0) = (3, 0);
    println!("{}", x);
}
