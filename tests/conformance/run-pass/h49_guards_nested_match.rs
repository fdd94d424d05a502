// Match guards and nested matches used as expressions.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Int(i64),
    Ident(u8),
    Sym(char),
}

#[derive(Debug, Clone, Copy)]
enum Ctx {
    Top,
    InParens(u32),
    InBlock { depth: u32, strict: bool },
}

fn weight(t: Token, c: Ctx) -> i64 {
    match c {
        Ctx::Top => match t {
            Token::Int(n) if n < 0 => -n * 2,
            Token::Int(n) => n,
            Token::Ident(b) if b.is_ascii_uppercase() => 100,
            Token::Ident(_) => 10,
            Token::Sym(c) if c == '(' || c == ')' => 0,
            Token::Sym(_) => 1,
        },
        Ctx::InParens(d) => {
            let base = match t {
                Token::Int(n) => n,
                _ => 5,
            };
            base * d as i64
        }
        Ctx::InBlock { depth, strict } => match (t, strict) {
            (Token::Sym(';'), true) => return -1,
            (Token::Sym(s), _) if s.is_ascii_punctuation() => depth as i64,
            (Token::Int(n), false) | (Token::Int(n), true) if n % 2 == 0 => n / 2,
            (Token::Int(n), _) => n * 3 + 1,
            (Token::Ident(x), s) => {
                if s { x as i64 } else { match x { b'a'..=b'm' => 1, _ => 2 } }
            }
            (Token::Sym(_), _) => 0,
        },
    }
}

fn main() {
    let toks = [Token::Int(-4), Token::Int(7), Token::Ident(b'Q'), Token::Ident(b'z'), Token::Sym(';'), Token::Sym('é')];
    let ctxs = [Ctx::Top, Ctx::InParens(3), Ctx::InBlock { depth: 2, strict: true }, Ctx::InBlock { depth: 4, strict: false }];
    for c in ctxs {
        let mut line = [0i64; 6];
        for (i, t) in toks.iter().enumerate() {
            line[i] = weight(*t, c);
        }
        println!("{:?}: {:?}", c, line);
    }
}
