// lints: dead_code unreachable_patterns unused_parens
// A traffic controller: variants rebuilt only in their own arms, structs
// named only in signatures, nested or-patterns and parenthesised patterns.
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Stop,
    Ready,
    Go,
    Caution,
}

struct Sensor {
    id: u32,
    level: u8,
}

struct Reading(u32, u8);

fn advance(p: Phase) -> Phase {
    match p {
        Phase::Stop => Phase::Go,
        Phase::Go => Phase::Stop,
        Phase::Ready => Phase::Ready,
        Phase::Caution if p == Phase::Caution => Phase::Caution,
        _ => Phase::Stop,
    }
}

fn total(sensors: &[Sensor]) -> u32 {
    let mut sum = 0;
    for s in sensors {
        sum += s.id;
    }
    sum
}

fn latest(rs: &[Reading]) -> u32 {
    let mut acc = 0;
    for (r) in rs {
        acc += r.0;
    }
    acc
}

fn bucket(level: u8) -> u8 {
    match level {
        0 => 0,
        0 => 1,
        (1 | 2) | 3 => 2,
        4 | 2 => 3,
        (5) => 4,
        _ => 5,
    }
}

fn pairs(p: (u8, u8)) -> u8 {
    match p {
        (0, (1 | 2)) => 1,
        (ref a, (b)) => *a + b,
    }
}

fn main() {
    let (mut count) = 0;
    let &(mut seen) = &3;
    seen += 1;
    count += seen;
    let phase = advance(Phase::Stop);
    if phase == Phase::Go {
        count += 1;
    }
    println!("{}", count + total(&[]) + latest(&[]));
    println!("{} {}", bucket(3), pairs((0, 1)));
}
