// Blocks inside `while`/`if` conditions and match scrutinees.
fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while {
        let done = n == 1;
        !done
    } {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn bucket(v: i32) -> &'static str {
    match {
        let clamped = v.clamp(-100, 100);
        clamped / 25
    } {
        -4..=-1 => "negative",
        0 => "small",
        1 | 2 => "medium",
        _ => "large",
    }
}

fn main() {
    for n in [1u64, 6, 7, 27] {
        println!("collatz({n}) = {}", collatz_steps(n));
    }
    for v in [-80, -3, 10, 60, 99, 500] {
        println!("{v} is {}", bucket(v));
    }
    let mut budget = 10i32;
    let mut rounds = 0;
    while if budget > 5 { budget -= 3; true } else { false } {
        rounds += 1;
    }
    println!("rounds {rounds}, budget {budget}");
    if { rounds += 1; rounds } > 2 {
        println!("more than two rounds");
    }
}
