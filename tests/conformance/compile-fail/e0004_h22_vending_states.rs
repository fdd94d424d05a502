// A vending machine state machine with non-exhaustive matches.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Collecting { cents: u32 },
    Vending(u8),
    OutOfOrder,
}

fn value(c: Coin) -> u32 {
    match c {
        Coin::Nickel => 5,
        Coin::Dime => 10,
    }
}

fn next(s: State, c: Coin) -> State {
    match (s, c) {
        (State::Idle, coin) => State::Collecting { cents: value(coin) },
        (State::Collecting { cents }, coin) if cents + value(coin) >= 50 => State::Vending(1),
        (State::Collecting { cents }, coin) => State::Collecting { cents: cents + value(coin) },
        (State::Vending(_), _) => State::Idle,
    }
}

fn slot_label(slot: u8) -> char {
    match slot {
        0..=9 => 'A',
        10..=19 => 'B',
        20..=99 => 'C',
    }
}

fn is_busy(s: &State) -> bool {
    match *s {
        State::Vending(n) if n > 0 => true,
        State::Vending(0) => false,
        State::Idle | State::OutOfOrder => false,
        State::Collecting { cents: 1..=u32::MAX } => true,
    }
}

fn main() {
    let mut s = State::Idle;
    let coins = [Coin::Quarter, Coin::Quarter, Coin::Dime];
    for c in coins {
        s = next(s, c);
    }
    let tally = match (true, false) {
        (true, _) => 1,
        (false, true) => 2,
    };
    println!("{:?} {} {} {}", s, slot_label(12), is_busy(&s), tally);
}
