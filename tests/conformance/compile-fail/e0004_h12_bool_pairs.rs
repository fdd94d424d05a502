// Door controller: matches on (bool, bool) pairs, tuples with integers and slices.
fn door_action(locked: bool, open: bool) -> &'static str {
    match (locked, open) {
        (true, false) => "unlock first",
        (false, true) => "close",
        (false, false) => "open",
    }
}

fn signal(level: i8, on: bool) -> i32 {
    match (level, on) {
        (i8::MIN..=-1, _) => -1,
        (0, true) => 0,
        (1..=i8::MAX, true) => 1,
        (_, false) => 2,
    }
}

fn head_tail(values: &[u8]) -> u32 {
    match values {
        [] => 0,
        [only] => *only as u32,
        [first, .., last] if first == last => 1,
        [first, second, ..] => (*first + *second) as u32,
    }
}

fn main() {
    println!("{}", door_action(true, true));
    println!("{}", signal(5, true));
    println!("{}", head_tail(&[1, 2, 3]));
}
