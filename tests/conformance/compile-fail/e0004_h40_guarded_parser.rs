#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i32),
    Op(char),
    LParen,
    RParen,
}

fn precedence(t: Tok) -> u8 {
    match t {
        Tok::Op(c) if c == '+' || c == '-' => 1,
        Tok::Op(c) if c == '*' || c == '/' => 2,
        Tok::Num(_) | Tok::LParen | Tok::RParen => 0,
    }
}

fn sign(n: i32) -> i32 {
    match n {
        x if x < 0 => -1,
        0 => 0,
        x if x > 0 => 1,
    }
}

fn depth(tokens: &[Tok]) -> i32 {
    let mut d = 0;
    let mut max = 0;
    for t in tokens {
        match t {
            Tok::LParen => d += 1,
            Tok::RParen if d > 0 => d -= 1,
            Tok::RParen => return -1,
            _ => {}
        }
        if d > max {
            max = d;
        }
    }
    max
}

fn main() {
    let toks = [Tok::LParen, Tok::Num(1), Tok::Op('+'), Tok::Num(2), Tok::RParen];
    println!("{} {} {}", precedence(toks[2]), sign(-5), depth(&toks));
}
