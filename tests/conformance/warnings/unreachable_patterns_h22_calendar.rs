// lints: unreachable_patterns unused_variables dead_code
// A calendar helper with match arms that can never be reached.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

fn is_weekend(d: Weekday) -> bool {
    match d {
        Weekday::Sat | Weekday::Sun => true,
        Weekday::Mon | Weekday::Tue | Weekday::Wed | Weekday::Thu | Weekday::Fri => false,
        Weekday::Sun => true,
    }
}

fn days_in_month(m: u8, leap: bool) -> u8 {
    match (m, leap) {
        (2, true) => 29,
        (2, false) => 28,
        (2, _) => 0,
        (4 | 6 | 9 | 11, _) => 30,
        (1..=12, _) => 31,
        (13..=255, _) | (0, _) => 0,
    }
}

fn quarter(m: u8) -> u8 {
    match m {
        1..=3 => 1,
        4..=6 => 2,
        5 => 9,
        7..=9 => 3,
        10..=12 => 4,
        _ => 0,
        other => other,
    }
}

fn parity(day: u32) -> &'static str {
    match day % 2 {
        0 => "even",
        1 => "odd",
        n => "impossible",
    }
}

fn main() {
    let days = [Weekday::Mon, Weekday::Sat];
    for d in days {
        println!("{:?} {}", d, is_weekend(d));
    }
    println!("{} {} {}", days_in_month(2, true), quarter(8), parity(17));
    let flag = true;
    match flag {
        true => println!("on"),
        false => println!("off"),
        _ => println!("??"),
    }
}
