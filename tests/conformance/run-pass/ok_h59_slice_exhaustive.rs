#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i32),
    Plus,
    Minus,
}

fn eval(toks: &[Tok]) -> i32 {
    match toks {
        [] => 0,
        [Tok::Num(n)] => *n,
        [Tok::Num(a), Tok::Plus, rest @ ..] => *a + eval(rest),
        [Tok::Num(a), Tok::Minus, rest @ ..] => *a - eval(rest),
        [Tok::Num(_), Tok::Num(_), ..] => -1,
        [Tok::Plus | Tok::Minus, ..] => -2,
    }
}

fn last_two(xs: &[u8]) -> (u8, u8) {
    match xs {
        [] | [_] => (0, 0),
        [.., a, b] => (*a, *b),
    }
}

fn main() {
    let e = [Tok::Num(10), Tok::Plus, Tok::Num(5), Tok::Minus, Tok::Num(3)];
    println!("{}", eval(&e));
    println!("{:?}", last_two(&[1, 2, 3]));
}
