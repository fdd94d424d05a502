// A missing `}` in the middle of the file: the fn body is never closed.
#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Mul,
}

fn apply(op: Op, a: i32, b: i32) -> i32 {
    match op {
        Op::Add => a + b,
        Op::Mul => a * b,
    }

fn fold(ops: &[Op], start: i32) -> i32 {
    let mut acc = start;
    for op in ops {
        acc = apply(*op, acc, 2);
    }
    acc
}

fn main() {
    let ops = [Op::Add, Op::Mul, Op::Add];
    println!("{}", fold(&ops, 1));
}
