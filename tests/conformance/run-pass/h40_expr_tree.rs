#[derive(Debug, Clone, Copy)]
enum Leaf {
    Int(i64),
    Neg(i64),
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Mul,
    Sub,
}

#[derive(Debug, Clone, Copy)]
enum Node {
    Value(Leaf),
    Binary(Op, Leaf, Leaf),
    Unary { negate: bool, arg: Leaf },
}

fn leaf(l: Leaf) -> i64 {
    match l {
        Leaf::Int(n) => n,
        Leaf::Neg(n) => -n,
    }
}

fn eval(n: &Node) -> i64 {
    match *n {
        Node::Value(l) => leaf(l),
        Node::Binary(Op::Add, a, b) => leaf(a) + leaf(b),
        Node::Binary(Op::Mul, Leaf::Int(0), _) | Node::Binary(Op::Mul, _, Leaf::Int(0)) => 0,
        Node::Binary(Op::Mul, a, b) => leaf(a) * leaf(b),
        Node::Binary(Op::Sub, a, b) => leaf(a) - leaf(b),
        Node::Unary { negate: true, arg } => -leaf(arg),
        Node::Unary { negate: false, arg } => leaf(arg),
    }
}

fn main() {
    let prog = [
        Node::Value(Leaf::Neg(4)),
        Node::Binary(Op::Add, Leaf::Int(2), Leaf::Neg(7)),
        Node::Binary(Op::Mul, Leaf::Int(6), Leaf::Int(0)),
        Node::Binary(Op::Mul, Leaf::Int(6), Leaf::Neg(3)),
        Node::Binary(Op::Sub, Leaf::Int(1), Leaf::Int(10)),
        Node::Unary { negate: true, arg: Leaf::Int(5) },
        Node::Unary { negate: false, arg: Leaf::Neg(5) },
    ];
    let mut total = 0;
    for n in &prog {
        let v = eval(n);
        total += v;
        println!("{:?} = {}", n, v);
    }
    println!("total {}", total);
}
