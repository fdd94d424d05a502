// Blocks, `if`, `match` and `loop` with `break value` used as values, with the
// types decided by the surrounding code.
#[derive(Debug, Clone, Copy)]
enum Op {
    Add(i32),
    Mul(i32),
    Neg,
    Stop,
}

fn run(ops: &[Op]) -> i32 {
    let mut acc = 1;
    let mut i = 0;
    let result = loop {
        if i >= ops.len() {
            break acc;
        }
        acc = match ops[i] {
            Op::Add(n) => acc + n,
            Op::Mul(n) => acc * n,
            Op::Neg => -acc,
            Op::Stop => break acc * 1000,
        };
        i += 1;
    };
    result
}

fn collatz_steps(start: u64) -> u32 {
    let mut n = start;
    let mut steps = 0;
    loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
}

fn main() {
    let ops = [Op::Add(4), Op::Mul(3), Op::Neg, Op::Add(20)];
    println!("{}", run(&ops));
    let stopped = [Op::Add(1), Op::Stop, Op::Mul(9)];
    println!("{}", run(&stopped));

    let area = {
        let w = 7;
        let h = 6;
        w * h
    };
    println!("{}", area);

    let parity = if area % 2 == 0 { "even" } else { "odd" };
    let bucket = match area {
        0..=9 => 'S',
        10..=99 => 'M',
        _ => 'L',
    };
    println!("{} {}", parity, bucket);

    let limit: u8 = {
        let base = 200;
        if base > 100 { base / 2 } else { base }
    };
    println!("{}", limit.saturating_add(200));

    let found = 'outer: loop {
        for row in 1..10 {
            for col in 1..10 {
                if row * col == 42 {
                    break 'outer (row, col);
                }
            }
        }
        break (0, 0);
    };
    println!("{:?}", found);

    println!("{} {}", collatz_steps(27), collatz_steps(1));

    let nested = match (area > 40, parity.len()) {
        (true, 4) => {
            let bonus = if bucket == 'M' { 10 } else { 0 };
            bonus + 1
        }
        (true, _) => 2,
        (false, _) => 3,
    };
    println!("{}", nested);
}
