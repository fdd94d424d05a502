// lints: unreachable_patterns
// Command dispatch where the catch-all arm was added too early.

#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i32),
    Pop,
    Add,
    Mul,
    Halt,
}

fn cost(op: Op) -> u32 {
    match op {
        Op::Push(_) => 1,
        _ => 2,
        Op::Halt => 0,
    }
}

fn describe(code: u8) -> &'static str {
    match code {
        0 => "nop",
        1..=9 => "small",
        5 => "five",
        10..=255 => "large",
        _ => "impossible",
    }
}

fn pair(a: bool, b: bool) -> u8 {
    match (a, b) {
        (true, true) => 3,
        (true, _) => 2,
        (_, true) => 1,
        (false, false) => 0,
        (true, false) => 9,
    }
}

fn main() {
    let prog = [Op::Push(2), Op::Push(3), Op::Add, Op::Mul, Op::Pop, Op::Halt];
    let mut total = 0;
    for op in prog {
        total += cost(op);
    }
    println!("{} {} {}", total, describe(5), pair(true, false));
}
