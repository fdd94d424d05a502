// lints: unreachable_code unreachable_patterns
// A door state machine with diverging paths and overlapping patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Door {
    Open,
    Closed,
    Locked(u8),
}

fn next(d: Door, code: u8) -> Door {
    match d {
        Door::Open => Door::Closed,
        Door::Closed => Door::Locked(code),
        Door::Locked(c) if c == code => Door::Closed,
        Door::Locked(_) => d,
        Door::Locked(0) => Door::Open,
    }
}

fn fail(msg: &str) -> ! {
    panic!("door error: {}", msg)
}

fn check(d: Door) -> u8 {
    match d {
        Door::Open => return 1,
        _ => {}
    }
    if d == Door::Closed {
        return 2;
        println!("closed");
    }
    3
}

fn strict(d: Door) -> u8 {
    if let Door::Locked(n) = d {
        fail("locked");
        return n;
    }
    loop {
        break;
    }
    let v = loop {};
    v
}

fn levels(n: u8) -> &'static str {
    match n {
        0..=9 => "low",
        5 => "five",
        10..=200 => "mid",
        150..=255 => "high",
        _ => "none",
    }
}

fn pairs(a: bool, b: bool) -> u8 {
    match (a, b) {
        (true, _) => 1,
        (false, true) => 2,
        (false, false) => 3,
        (true, false) => 4,
    }
}

fn main() {
    let d = next(Door::Open, 3);
    println!("{:?} {} {} {}", d, check(d), levels(7), pairs(true, false));
    if false {
        println!("{}", strict(d));
    }
}
