// edition:2024
// A Pratt parser for arithmetic with prefix, infix, postfix and right-associative operators.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(f64),
    Op(char),
    LParen,
    RParen,
}

fn lex(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' => {
                chars.next();
            }
            '0'..='9' | '.' => {
                let mut n = String::new();
                while let Some(&d) = chars.peek() && (d.is_ascii_digit() || d == '.') {
                    n.push(d);
                    chars.next();
                }
                out.push(Token::Num(n.parse().unwrap()));
            }
            '(' | ')' => {
                chars.next();
                out.push(if c == '(' { Token::LParen } else { Token::RParen });
            }
            _ => {
                chars.next();
                out.push(Token::Op(c));
            }
        }
    }
    out
}

fn infix_binding(op: char) -> Option<(u8, u8)> {
    Some(match op {
        '+' | '-' => (1, 2),
        '*' | '/' => (3, 4),
        '^' => (6, 5),
        _ => return None,
    })
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).copied();
        self.pos += 1;
        t
    }

    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.pos).copied()
    }

    fn expr(&mut self, min_bp: u8, depth: u32) -> Result<f64, String> {
        if depth > 200 {
            return Err("expression too deep".into());
        }
        let mut lhs = match self.next() {
            Some(Token::Num(n)) => n,
            Some(Token::Op('-')) => -self.expr(5, depth + 1)?,
            Some(Token::LParen) => {
                let v = self.expr(0, depth + 1)?;
                let Some(Token::RParen) = self.next() else { return Err("expected )".into()) };
                v
            }
            t => return Err(format!("unexpected {t:?}")),
        };
        loop {
            let op = match self.peek() {
                Some(Token::Op('!')) => {
                    self.next();
                    lhs = (1..=lhs as u64).product::<u64>() as f64;
                    continue;
                }
                Some(Token::Op(op)) => op,
                Some(Token::RParen) | None => break,
                Some(t) => return Err(format!("unexpected {t:?}")),
            };
            let Some((l_bp, r_bp)) = infix_binding(op) else { return Err(format!("bad op {op}")) };
            if l_bp < min_bp {
                break;
            }
            self.next();
            let rhs = self.expr(r_bp, depth + 1)?;
            lhs = match op {
                '+' => lhs + rhs,
                '-' => lhs - rhs,
                '*' => lhs * rhs,
                '/' => lhs / rhs,
                '^' => lhs.powf(rhs),
                _ => unreachable!(),
            };
        }
        Ok(lhs)
    }
}

fn eval(s: &str) -> Result<f64, String> {
    Parser { tokens: lex(s), pos: 0 }.expr(0, 0)
}

fn main() {
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "3! + 1", "1 +", "4 / (1 - 1)"] {
        println!("{src:>12} = {:?}", eval(src));
    }
}
