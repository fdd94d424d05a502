#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Op(char),
    LParen,
    RParen,
    Ident { name: u8, len: usize },
}

struct Lexer {
    pos: usize,
    line: u32,
}

fn describe(t: Token) -> &'static str {
    match t {
        Token::Num(n, _) => "number",
        Token::Op(c) => "operator",
        Token::LParen | Token::RParen => "paren",
        Token::Ident { nam, len } => "ident",
    }
}

fn precedence(t: &Token) -> u8 {
    match t {
        Token::Op('+') | Token::Op('-') => 1,
        Token::Op('*') | Token::Op('/') => 2,
        Token::Num(_) => 0,
    }
}

fn at(l: &Lexer) -> usize {
    let Lexer { pos } = l;
    *pos
}

fn eval(tokens: &[Token]) -> i64 {
    let mut acc = 0;
    let mut op = '+';
    for t in tokens {
        match *t {
            Token::Num(n) => {
                acc = match op {
                    '+' => acc + n,
                    '-' => acc - n,
                    '*' => acc * n,
                };
            }
            Token::Op(c) => op = c,
            _ => {}
        }
    }
    acc
}

fn main() {
    let toks = [Token::Num(2), Token::Op('+'), Token::Num(3)];
    let l = Lexer { pos: 0, line: 1 };
    println!("{}", describe(toks[0]));
    println!("{}", precedence(&toks[1]));
    println!("{}", at(&l));
    println!("{}", eval(&toks));
    let Token::Num(first) = toks[0];
}
