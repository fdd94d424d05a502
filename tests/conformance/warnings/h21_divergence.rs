// lints: unreachable_code unused_variables
// A config loader whose error paths diverge in the middle of expressions:
// call arguments, `let` initialisers, `&&`, loops and labelled blocks.
fn record(code: u32, weight: u32) -> u32 {
    code * weight
}

fn load(level: u32) -> u32 {
    if level > 9 {
        return 0;
        let fallback = 1;
    }
    let limit: u32 = if level > 5 { return 1 } else { panic!("low") };
    limit + level
}

fn score(level: u32, bonus: u32) -> u32 {
    record(level, panic!("no weight"))
}

fn check(flag: bool, count: u32) -> bool {
    let ok = flag && { return false };
    ok || count > 2
}

fn drain(items: u32) -> u32 {
    let mut left = items;
    while left > 0 {
        left -= 1;
        if left == 3 {
            return left;
        }
    }
    for step in 0..items {
        return step;
    }
    left
}

fn pick(n: u32) -> u32 {
    let found = 'search: {
        if n % 2 == 0 {
            break 'search n / 2;
        }
        return n;
    };
    found + 1
}

fn spin(n: u32) -> u32 {
    loop {
        if n > 100 {
            continue;
        }
    }
    let after = n;
    after
}

fn main() {
    println!("{}", load(3));
    println!("{}", score(1, 2));
    println!("{}", check(true, 3));
    println!("{} {}", drain(5), pick(4));
    if drain(0) > 10 {
        println!("{}", spin(1));
    }
}
