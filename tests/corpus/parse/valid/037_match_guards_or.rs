// match expressions: guards, or-patterns (top-level and nested), leading `|`, block and expression arms.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
    Eof,
}

fn precedence(t: Token) -> u8 {
    match t {
        Token::Plus | Token::Minus => 1,
        Token::Star | Token::Slash => 2,
        _ => 0,
    }
}

fn classify(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        x if x % 2 == 0 && x < 100 => "small even",
        1 | 3 | 5 | 7 | 9 => "small odd digit",
        x if {
            let half = x / 2;
            half > 1000
        } => "huge",
        _ => "other",
    }
}

fn describe(pair: (Option<i32>, Result<u8, String>)) -> String {
    match pair {
        | (Some(0) | None, Ok(_)) => "zero-or-none with ok".to_string(),
        (Some(n @ (1 | 2)), Err(ref e)) if !e.is_empty() => format!("{n} with error {e}"),
        (Some(n), Ok(b)) if n > b as i32 => {
            format!("{n} > {b}")
        }
        (_, Err(e)) => e,
        (Some(_), Ok(_)) => String::from("rest"),
    }
}

fn main() {
    let tokens = [Token::Num(3), Token::Plus, Token::Star, Token::LParen, Token::RParen, Token::Eof, Token::Minus, Token::Slash];
    for t in tokens {
        let p = precedence(t);
        let label = match t {
            Token::Num(n) if n > 0 => "positive number",
            Token::Num(_) => "number",
            Token::LParen | Token::RParen => "paren",
            Token::Eof => "end",
            _ if p > 0 => "operator",
            _ => unreachable!(),
        };
        println!("{t:?} {p} {label}");
    }
    println!("{} {} {}", classify(-5), classify(42), classify(5001));
    println!("{}", describe((Some(1), Err("bad".into()))));
    let unit = match () { () => {} };
    let nested = match Some(Some(3)) {
        Some(Some(x)) => match x { 3 => "three", _ => "not three" },
        Some(None) | None => "none",
    };
    let value = 5;
    match value {
        v => println!("{unit:?} {nested} {v}")
    }
}
