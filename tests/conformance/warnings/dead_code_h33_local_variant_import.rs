// lints: dead_code
#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Idle,
    Running,
    Halted,
}

fn step(p: Phase, ticks: u32) -> Phase {
    use Phase::*;
    match p {
        Idle if ticks > 0 => Running,
        Running if ticks > 10 => Idle,
        other => other,
    }
}

fn main() {
    let mut p = Phase::Idle;
    for t in 0..12 {
        p = step(p, t);
    }
    println!("{:?}", p);
}
