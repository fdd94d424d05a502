#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add(i32, i32),
    Neg(i32),
    Const(i32),
    Nop,
}

struct Frame {
    ip: usize,
    acc: i32,
}

fn eval(op: Op) -> i32 {
    match op {
        Op::Add(x, x) => x + x,
        Op::Neg(v) | Op::Const(w) => -v,
        Op::Nop => 0,
    }
}

fn is_small(op: Op) -> bool {
    match op {
        Op::Const(0..=9) => true,
        Op::Const(n @ 10..=20) => n < 15,
        Op::Const(_) => false,
        _ => false,
        Op::Nop => true,
    }
}

fn frame_info(f: &Frame) -> usize {
    let Frame { ip, acc, extra } = f;
    *ip
}

fn pick(pair: (i32, i32)) -> i32 {
    let (a, b, c) = pair;
    a
}

fn main() {
    let ops = [Op::Add(1, 2), Op::Neg(3), Op::Const(12), Op::Nop];
    let mut total = 0;
    for op in ops {
        total += eval(op);
        if is_small(op) {
            println!("small {:?}", op);
        }
    }
    let f = Frame { ip: 0, acc: total, acc: 1 };
    println!("{}", frame_info(&f));
    println!("{}", pick((1, 2)));
}
