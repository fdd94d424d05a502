#[derive(Debug, PartialEq)]
enum Expr {
    Lit(i64),
    Neg(i64),
    Pair { left: i64, right: i64 },
}

fn value(e: &Expr) -> i64 {
    match e {
        Expr::Lit(n) => *n,
        Expr::Neg(n) => -n,
        Expr::Pair { left, right } => left + right,
    }
}

fn zero_out(e: &mut Expr) {
    match e {
        Expr::Lit(n) | Expr::Neg(n) => *n = 0,
        Expr::Pair { left, .. } => *left = 0,
    }
}

fn both(a: &Expr, b: &Expr) -> bool {
    match (a, b) {
        (Expr::Lit(x), Expr::Lit(y)) => x == y,
        (Expr::Lit(_), _) => false,
        (_, Expr::Lit(_)) => false,
        (Expr::Neg(_) | Expr::Pair { .. }, Expr::Neg(_) | Expr::Pair { .. }) => true,
    }
}

fn main() {
    let mut es = [Expr::Lit(3), Expr::Neg(4), Expr::Pair { left: 1, right: 2 }];
    let mut sum = 0;
    for e in es.iter() {
        sum += value(e);
    }
    println!("{}", sum);
    zero_out(&mut es[2]);
    println!("{:?}", es[2]);
    println!("{}", both(&es[0], &es[1]));
}
