// lints: unreachable_patterns unused_variables
// match lints: an arm after a catch-all, a duplicated range, an unused binding.
#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
}

fn apply(op: Op, a: i32, b: i32) -> i32 {
    match op {
        Op::Add => a + b,
        other => a - b,
        Op::Mul => a * b,
    }
}

fn size_name(n: u32) -> &'static str {
    match n {
        0 => "none",
        1..=9 => "few",
        5 => "five",
        _ => "many",
    }
}

fn main() {
    println!("{}", apply(Op::Add, 2, 3));
    println!("{}", apply(Op::Sub, 2, 3));
    println!("{}", apply(Op::Mul, 2, 3));
    println!("{}", size_name(5));
}
