// Lexer classification with `if let ... else if let ... else` chains.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Int(i64),
    Ident(char),
    Op(char),
    End,
}

fn classify(b: u8) -> Token {
    match b {
        b'0'..=b'9' => Token::Int((b - b'0') as i64),
        b'a'..=b'z' => Token::Ident(b as char),
        b'+' | b'-' | b'*' => Token::Op(b as char),
        _ => Token::End,
    }
}

fn weight(t: Token) -> i64 {
    if let Token::Int(n) = t {
        n
    } else if let Token::Op(c) = t {
        c
    } else if let Token::Ident(_) = t {
        1
    } else {
        0
    }
}

fn render(t: Token) -> char {
    let c = if let Token::Ident(c) = t {
        c
    } else if let Token::Op(op) = t {
        op
    } else if let Token::Int(n) = t {
        (b'0' + n as u8) as char
    };
    c
}

fn main() {
    let src = b"a+3*z";
    let mut total = 0;
    for b in src {
        let t = classify(*b);
        total += weight(t);
        print!("{}", render(t));
    }
    println!(" = {}", totl);
}
