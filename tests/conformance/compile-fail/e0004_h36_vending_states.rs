// A vending machine state machine; a new variant was added without updating every match.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Collecting(u32),
    Dispensing { slot: u8 },
    OutOfOrder,
    Refunding(u32),
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin(u32),
    Select(u8),
    Cancel,
    Done,
}

const PRICES: [u32; 4] = [120, 150, 90, 200];

fn step(state: State, event: Event) -> State {
    match (state, event) {
        (State::OutOfOrder, _) => State::OutOfOrder,
        (State::Idle, Event::Coin(c)) | (State::Refunding(0), Event::Coin(c)) => State::Collecting(c),
        (State::Collecting(total), Event::Coin(c)) => State::Collecting(total + c),
        (State::Collecting(total), Event::Select(slot)) if (slot as usize) < PRICES.len() => {
            if total >= PRICES[slot as usize] {
                State::Dispensing { slot }
            } else {
                State::Collecting(total)
            }
        }
        (State::Collecting(total), Event::Cancel) => State::Refunding(total),
        (State::Dispensing { .. }, Event::Done) => State::Idle,
        (State::Refunding(_), Event::Done) => State::Idle,
        (s, _) => s,
    }
}

fn label(state: State) -> &'static str {
    // mistake: Refunding is not handled
    match state {
        State::Idle => "idle",
        State::Collecting(_) => "collecting",
        State::Dispensing { .. } => "dispensing",
        State::OutOfOrder => "out of order",
    }
}

fn coin_name(value: u32) -> &'static str {
    // mistake: the catch-all arm for unknown coins is missing
    match value {
        5 => "nickel",
        10 => "dime",
        25 => "quarter",
        100 => "dollar",
    }
}

fn main() {
    let events = [Event::Coin(100), Event::Coin(25), Event::Select(0), Event::Done, Event::Coin(10), Event::Cancel, Event::Done];
    let mut s = State::Idle;
    for e in events {
        if let Event::Coin(v) = e {
            println!("inserted a {}", coin_name(v));
        }
        s = step(s, e);
        println!("{:?} -> {}", e, label(s));
    }
}
