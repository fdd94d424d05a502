// lints: unreachable_patterns
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

fn apply(op: Op, a: i32, b: i32) -> i32 {
    match op {
        Op::Add => a + b,
        Op::Sub => a - b,
        Op::Mul | Op::Add => a * b,
        Op::Div => a / b,
    }
}

fn main() {
    println!("{}", apply(Op::Mul, 6, 7));
    println!("{}", apply(Op::Div, 8, 2));
}
