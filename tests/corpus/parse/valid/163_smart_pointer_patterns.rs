// Matching through Box, Rc and references: as_deref, as_ref, deref patterns by hand, nested enums.
use std::rc::Rc;

#[derive(Debug)]
enum Expr {
    Lit(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Shared(Rc<Expr>),
}

fn simplify(e: Expr) -> Expr {
    match e {
        Expr::Neg(inner) => match *inner {
            Expr::Neg(x) => simplify(*x),
            Expr::Lit(n) => Expr::Lit(-n),
            other => Expr::Neg(Box::new(simplify(other))),
        },
        Expr::Add(l, r) => match (simplify(*l), simplify(*r)) {
            (Expr::Lit(0), x) | (x, Expr::Lit(0)) => x,
            (Expr::Lit(a), Expr::Lit(b)) => Expr::Lit(a + b),
            (a, b) => Expr::Add(Box::new(a), Box::new(b)),
        },
        other => other,
    }
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Lit(n) => *n,
        Expr::Neg(x) => -eval(x),
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Shared(rc) => eval(rc),
    }
}

fn label(o: &Option<Box<String>>) -> &str {
    match o.as_deref() {
        Some(s) if s.is_empty() => "<empty>",
        Some(s) => s.as_str(),
        None => "<none>",
    }
}

fn main() {
    let shared = Rc::new(Expr::Lit(5));
    let e = Expr::Add(
        Box::new(Expr::Neg(Box::new(Expr::Neg(Box::new(Expr::Lit(3)))))),
        Box::new(Expr::Add(Box::new(Expr::Lit(0)), Box::new(Expr::Shared(Rc::clone(&shared))))),
    );
    println!("{} {:?}", eval(&e), simplify(e));
    println!("{} {} {}", label(&Some(Box::new("x".into()))), label(&Some(Box::default())), label(&None));
    let b: Box<(i32, &str)> = Box::new((1, "one"));
    let (n, s) = *b;
    let r = &Some(3);
    if let Some(v) = r.as_ref() {
        println!("{n} {s} {v}");
    }
}
