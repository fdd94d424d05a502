// A recursive expression tree built from references, evaluated by methods.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
}

#[derive(Debug, Clone, Copy)]
enum Expr<'a> {
    Num(i64),
    Neg(&'a Expr<'a>),
    Bin { op: Op, lhs: &'a Expr<'a>, rhs: &'a Expr<'a> },
}

impl<'a> Expr<'a> {
    fn eval(&self) -> i64 {
        match self {
            Expr::Num(n) => *n,
            Expr::Neg(e) => -e.eval(),
            Expr::Bin { op: Op::Add, lhs, rhs } => lhs.eval() + rhs.eval(),
            Expr::Bin { op: Op::Sub, lhs, rhs } => lhs.eval() - rhs.eval(),
            Expr::Bin { op: Op::Mul, lhs, rhs } => lhs.eval() * rhs.eval(),
        }
    }

    fn depth(&self) -> u32 {
        match *self {
            Expr::Num(_) => 1,
            Expr::Neg(inner) => 1 + inner.depth(),
            Expr::Bin { lhs, rhs, .. } => 1 + lhs.depth().max(rhs.depth()),
        }
    }
}

#[derive(Debug)]
enum List<'a> {
    Nil,
    Cons(i32, &'a List<'a>),
}

impl<'a> List<'a> {
    fn sum(&self) -> i32 {
        match self {
            List::Nil => 0,
            List::Cons(v, rest) => v + rest.sum(),
        }
    }

    fn len(&self) -> usize {
        if let List::Cons(_, rest) = self {
            1 + rest.len()
        } else {
            0
        }
    }
}

fn main() {
    let two = Expr::Num(2);
    let three = Expr::Num(3);
    let sum = Expr::Bin { op: Op::Add, lhs: &two, rhs: &three };
    let diff = Expr::Bin { op: Op::Sub, lhs: &three, rhs: &two };
    let neg = Expr::Neg(&sum);
    println!("diff {}", diff.eval());
    let prod = Expr::Bin { op: Op::Mul, lhs: &neg, rhs: &three };
    println!("{} depth {}", prod.eval(), prod.depth());
    println!("{:?}", neg);

    let nil = List::Nil;
    let a = List::Cons(3, &nil);
    let b = List::Cons(4, &a);
    let c = List::Cons(5, &b);
    println!("sum {} len {}", c.sum(), c.len());
    println!("{:?}", b);
}
