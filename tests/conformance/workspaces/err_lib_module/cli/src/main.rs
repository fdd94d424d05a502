use parser::lexer::Lexer;
use parser::Token;

fn main() {
    let mut lx = Lexer::new(b"12 + 30 - 7");
    let mut total: i64 = 0;
    let mut sign = 1;
    loop {
        match lx.next_token() {
            Token::Number(n) => total += sign * n as i64,
            Token::Plus => sign = 1,
            Token::Minus => sign = -1,
            Token::End => break,
        }
    }
    println!("{}", total);
}
