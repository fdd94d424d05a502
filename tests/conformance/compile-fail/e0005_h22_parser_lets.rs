// A token parser that destructures refutable patterns in `let` and parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Op(char),
    LParen,
    RParen,
    End,
}

#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

fn first_number(tokens: &[Token; 4]) -> i64 {
    let Token::Num(n) = tokens[0];
    n
}

fn op_of((Token::Op(c), _span): (Token, Span)) -> char {
    c
}

fn width(Span { start, end }: Span) -> usize {
    end - start
}

fn main() {
    let tokens = [Token::Num(4), Token::Op('+'), Token::Num(5), Token::End];
    let a = first_number(&tokens);
    let [_, Token::Op(op), ..] = tokens;
    let Token::Num(b) = tokens[2] else {
        return;
    };
    let sp = Span { start: 2, end: 5 };
    let (0, w) = (0, width(sp));
    let (x, 1..=9) = (a, b);
    let c = op_of((tokens[1], sp));
    let Token::LParen | Token::RParen = tokens[3];
    println!("{} {} {} {} {} {}", a, op, b, w, x, c);
}
