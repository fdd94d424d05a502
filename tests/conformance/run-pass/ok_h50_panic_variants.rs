#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

fn apply(op: Op, a: i64, b: i64) -> i64 {
    match op {
        Op::Add => a + b,
        Op::Sub => a - b,
        Op::Mul => a * b,
        Op::Div => {
            if b == 0 {
                panic!("division by zero: {} / {}", a, b);
            }
            a / b
        }
    }
}

fn parse_op(c: char) -> Op {
    match c {
        '+' => Op::Add,
        '-' => Op::Sub,
        '*' => Op::Mul,
        '/' => Op::Div,
        other => panic!("unknown operator {other:?}"),
    }
}

fn later(x: i32) -> i32 {
    if x > 100 {
        todo!("handle large x = {}", x)
    } else if x < -100 {
        unimplemented!("negative branch for {x}")
    } else if x == 0 {
        unreachable!("zero was filtered earlier")
    }
    x
}

fn main() {
    let ops = ['+', '-', '*', '/'];
    for c in ops {
        let op = parse_op(c);
        println!("{:?}: {}", op, apply(op, 20, 4));
    }
    println!("{}", later(5));
    debug_assert!(apply(Op::Mul, 3, 3) == 9, "math broke: {}", 9);
    debug_assert_eq!(apply(Op::Add, 1, 1), 2);
    assert!(ops.len() == 4, "expected four ops, got {}", ops.len());
    assert_eq!(parse_op('+'), Op::Add, "parse of {:?}", '+');
    assert_ne!(parse_op('-'), Op::Add);
}
