// lints: unreachable_patterns
// A tiny stack calculator whose matches kept a fallback arm after every case was handled.
#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i64),
    Add,
    Neg,
}

fn apply(stack: &mut [i64; 8], depth: usize, op: Op) -> usize {
    match op {
        Op::Push(v) => {
            stack[depth] = v;
            depth + 1
        }
        Op::Add => {
            stack[depth - 2] += stack[depth - 1];
            depth - 1
        }
        Op::Neg => {
            stack[depth - 1] = -stack[depth - 1];
            depth
        }
        _ => depth,
    }
}

fn sign_char(negative: bool) -> char {
    match negative {
        true => '-',
        false => '+',
        _ => '?',
    }
}

fn bucket(byte: u8) -> u8 {
    match byte {
        0..=63 => 0,
        64..=127 => 1,
        128..=255 => 2,
        other => other / 64,
    }
}

fn describe(op: &Op) -> &'static str {
    match op {
        Op::Push(_) => "push",
        Op::Add | Op::Neg => "arith",
        _ => "unknown",
    }
}

fn main() {
    let program = [Op::Push(4), Op::Push(5), Op::Add, Op::Neg];
    let mut stack = [0i64; 8];
    let mut depth = 0;
    for op in program {
        println!("{}", describe(&op));
        depth = apply(&mut stack, depth, op);
    }
    let top = stack[depth - 1];
    println!("{}{} bucket {}", sign_char(top < 0), top.abs(), bucket(top.unsigned_abs() as u8));
}
