// lints: dead_code
// arms that diverge with return, continue, break and panic
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    End,
}

fn eval(tokens: &[Token]) -> i64 {
    let mut acc = 0;
    let mut sign = 1;
    for t in tokens {
        let n = match *t {
            Token::Num(n) => n,
            Token::Plus => {
                sign = 1;
                continue;
            }
            Token::Minus => {
                sign = -1;
                continue;
            }
            Token::End => break,
        };
        acc += sign * n;
    }
    acc
}

fn checked_div(a: i64, b: i64) -> i64 {
    let d = if b != 0 { b } else { return 0 };
    a / d
}

fn main() {
    let toks = [Token::Num(5), Token::Minus, Token::Num(3), Token::End, Token::Num(100)];
    let r = eval(&toks);
    let q = checked_div(r, 0);
    let label = match r {
        0 => "zero",
        x if x > 0 => "positive",
        _ => unreachable!(),
    };
    println!("{} {} {}", r, q, label);
}
