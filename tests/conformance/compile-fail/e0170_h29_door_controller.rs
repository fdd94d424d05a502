// A door controller: the enum lives in a module and arms forget the `Door::` prefix.
mod states {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Door {
        Open,
        Closed,
        Locked,
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Input {
        Push,
        Key(u16),
    }
}

use states::{Door, Input};

const MASTER_KEY: u16 = 4242;

fn step(d: Door, i: Input) -> Door {
    match (d, i) {
        (Door::Closed, Input::Push) => Door::Open,
        (Door::Open, Input::Push) => Door::Closed,
        (Door::Locked, Input::Key(MASTER_KEY)) => Door::Closed,
        (Door::Closed, Input::Key(MASTER_KEY)) => Door::Locked,
        (other, _) => other,
    }
}

fn alarm_level(d: Door) -> u8 {
    match d {
        Door::Open => 2,
        Locked => 0,
    }
}

fn can_pass(pair: (Door, bool)) -> bool {
    match pair {
        (Open, true) => true,
        _ => false,
    }
}

fn main() {
    let mut d = Door::Locked;
    let inputs = [Input::Push, Input::Key(4242), Input::Push];
    for i in inputs {
        d = step(d, i);
    }
    println!("{:?} {} {}", d, alarm_level(d), can_pass((d, true)));
}
