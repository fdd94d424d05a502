// A garage-door controller as a state machine over a non-Copy enum consumed by each step.
#[derive(Debug, PartialEq)]
enum Door {
    Closed,
    Opening { percent: u8 },
    Open { idle_ticks: u32 },
    Closing { percent: u8 },
    Jammed { at: u8, retries: u8 },
}

#[derive(Debug, Clone, Copy)]
enum Input {
    Button,
    Tick,
    Obstacle,
}

const STEP: u8 = 25;
const AUTO_CLOSE: u32 = 3;

impl Door {
    fn next(self, input: Input) -> Door {
        use Door::*;
        match (self, input) {
            (Closed, Input::Button) => Opening { percent: 0 },
            (Closed, _) => Closed,
            (Opening { percent }, Input::Tick) if percent + STEP >= 100 => Open { idle_ticks: 0 },
            (Opening { percent }, Input::Tick) => Opening { percent: percent + STEP },
            (Opening { percent }, Input::Button) => Closing { percent },
            (Opening { percent }, Input::Obstacle) => Opening { percent },
            (Open { idle_ticks }, Input::Tick) if idle_ticks + 1 >= AUTO_CLOSE => Closing { percent: 100 },
            (Open { idle_ticks }, Input::Tick) => Open { idle_ticks: idle_ticks + 1 },
            (Open { .. }, Input::Button) => Closing { percent: 100 },
            (open @ Open { .. }, Input::Obstacle) => open,
            (Closing { percent }, Input::Obstacle) => Jammed { at: percent, retries: 0 },
            (Closing { percent: p @ 0..=25 }, Input::Tick) => {
                let _ = p;
                Closed
            }
            (Closing { percent }, Input::Tick) => Closing { percent: percent - STEP },
            (Closing { percent }, Input::Button) => Opening { percent },
            (Jammed { at, retries }, Input::Tick) if retries < 2 => Jammed { at, retries: retries + 1 },
            (Jammed { at, .. }, Input::Tick) => Opening { percent: at },
            (jammed @ Jammed { .. }, _) => jammed,
        }
    }

    fn is_moving(&self) -> bool {
        matches_moving(self)
    }
}

fn matches_moving(d: &Door) -> bool {
    match d {
        Door::Opening { .. } | Door::Closing { .. } => true,
        _ => false,
    }
}

fn main() {
    let script = [
        Input::Button, Input::Tick, Input::Tick, Input::Tick, Input::Tick,
        Input::Tick, Input::Tick, Input::Tick, Input::Tick, Input::Obstacle,
        Input::Tick, Input::Button, Input::Tick, Input::Tick, Input::Tick,
        Input::Tick, Input::Tick, Input::Button, Input::Tick, Input::Tick,
        Input::Tick, Input::Tick, Input::Tick, Input::Tick, Input::Tick,
    ];
    let mut door = Door::Closed;
    let mut moving_ticks = 0;
    for (i, &inp) in script.iter().enumerate() {
        door = door.next(inp);
        if door.is_moving() {
            moving_ticks += 1;
        }
        println!("{:>2} {:<9} -> {:?}", i, format_input(inp), door);
    }
    println!("moving for {} steps", moving_ticks);
    assert_eq!(Door::Closed.next(Input::Tick), Door::Closed);
}

fn format_input(i: Input) -> &'static str {
    match i {
        Input::Button => "button",
        Input::Tick => "tick",
        Input::Obstacle => "obstacle",
    }
}
