// Branches of an `if let ... else if let ... else` chain with different types.
#[derive(Debug, Clone, Copy)]
enum Token {
    Number(f64),
    Word(&'static str),
    Symbol(char),
}

fn width(t: Token) -> usize {
    if let Token::Number(n) = t {
        if n < 0.0 { 2 } else { 1 }
    } else if let Token::Word(w) = t {
        w.len()
    } else if let Token::Symbol(c) = t {
        c.len_utf8() as u8
    } else {
        0
    }
}

fn render(t: Token) -> char {
    let c = if let Token::Symbol(c) = t {
        c
    } else if let Token::Word(w) = t {
        w
    } else {
        '#'
    };
    c
}

fn main() {
    let toks = [Token::Number(-1.5), Token::Word("hello"), Token::Symbol('+')];
    for t in toks {
        println!("{:?} {} {}", t, width(t), render(t));
    }
}
