// lints: unreachable_patterns
// A state-transition table where later rows are shadowed by earlier wildcard rows.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Door {
    Open,
    Closed,
    Locked,
}

#[derive(Debug, Clone, Copy)]
enum Action {
    Push,
    Pull,
    Lock,
    Unlock,
}

fn step(d: Door, a: Action) -> Door {
    match (d, a) {
        (Door::Closed, Action::Pull) => Door::Open,
        (Door::Open, Action::Push) => Door::Closed,
        (Door::Closed, Action::Lock) => Door::Locked,
        (Door::Locked, Action::Unlock) => Door::Closed,
        (state, _) => state,
        (Door::Locked, Action::Pull) => Door::Locked,
    }
}

fn main() {
    let mut d = Door::Closed;
    for a in [Action::Pull, Action::Push, Action::Lock, Action::Pull, Action::Unlock] {
        d = step(d, a);
        println!("{:?} -> {:?}", a, d);
    }
    let code = 3;
    let name = match code {
        1 | 2 => "low",
        3 => "mid",
        2 => "dup",
        _ => "high",
    };
    println!("{} {}", name, d == Door::Open);
}
