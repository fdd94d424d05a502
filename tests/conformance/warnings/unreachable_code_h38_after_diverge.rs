// lints: unreachable_code unused_assignments unused_variables
// Code after panic!, after an infinite loop, and after return inside expressions.
fn must_be_positive(n: i32) -> i32 {
    if n <= 0 {
        panic!("got {}", n);
        println!("unreachable log");
    }
    n
}

fn spin() -> u32 {
    let mut ticks = 0;
    loop {
        ticks += 1;
        if ticks > 1_000 {
            return ticks;
        }
    }
    ticks = 0;
}

fn parse_flag(c: char) -> bool {
    let result = match c {
        'y' => true,
        'n' => false,
        _ => return false,
    };
    result
}

fn later(x: i32) -> i32 {
    return x * 2;
    x + 1
}

fn main() {
    let mut found = false;
    let data = [3, -1, 4];
    for v in data {
        if v < 0 {
            found = true;
        }
    }
    let mut status = "unknown";
    status = "checked";
    println!("{}", must_be_positive(5));
    println!("{} {} {}", spin(), parse_flag('y'), later(3));
    todo!();
    println!("after todo");
}
