// A tiny token classifier where one arm calls a misspelled helper.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Plus,
    Minus,
    Star,
    LParen,
    RParen,
}

fn precedence(t: Tok) -> u8 {
    match t {
        Tok::Plus | Tok::Minus => 1,
        Tok::Star => 2,
        _ => 0,
    }
}

fn weight(t: Tok) -> i64 {
    match t {
        Tok::Num(n) => n,
        Tok::Plus => precedenc(t) as i64,
        Tok::Minus => -1,
        Tok::Star => "star",
        Tok::LParen | Tok::RParen => 0,
    }
}

fn describe(t: Tok) -> &'static str {
    let d = match t {
        Tok::Num(_) => "number",
        Tok::Plus => op_name('+'),
        Tok::Minus => 45,
        _ => "other",
    };
    d
}

fn main() {
    let toks = [Tok::Num(3), Tok::Plus, Tok::Num(4), Tok::Star, Tok::Minus, Tok::LParen, Tok::RParen];
    let mut acc = 0;
    for t in toks {
        acc += weight(t);
        println!("{:?} {} {}", t, describe(t), precedence(t));
    }
    let bad: bool = acc;
    println!("{}", bad);
}
