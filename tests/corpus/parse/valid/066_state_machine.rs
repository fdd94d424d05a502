// A traffic-light and a door state machine with enum transitions and exhaustive matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red { remaining: u32 },
    Green { remaining: u32 },
    Yellow { remaining: u32 },
}

impl Light {
    const RED_TIME: u32 = 30;
    const GREEN_TIME: u32 = 25;
    const YELLOW_TIME: u32 = 5;

    fn tick(self) -> Light {
        use Light::*;
        match self {
            Red { remaining: 0 } => Green { remaining: Self::GREEN_TIME },
            Green { remaining: 0 } => Yellow { remaining: Self::YELLOW_TIME },
            Yellow { remaining: 0 } => Red { remaining: Self::RED_TIME },
            Red { remaining } => Red { remaining: remaining - 1 },
            Green { remaining } => Green { remaining: remaining - 1 },
            Yellow { remaining } => Yellow { remaining: remaining - 1 },
        }
    }
}

#[derive(Debug, PartialEq)]
enum Door {
    Open,
    Closed,
    Locked { code: u16 },
}

#[derive(Debug)]
enum Action {
    Push,
    Pull,
    Lock(u16),
    Unlock(u16),
}

fn step(door: Door, action: Action) -> Result<Door, (Door, &'static str)> {
    match (door, action) {
        (Door::Open, Action::Push) => Ok(Door::Closed),
        (Door::Closed, Action::Pull) => Ok(Door::Open),
        (Door::Closed, Action::Lock(code)) => Ok(Door::Locked { code }),
        (Door::Locked { code }, Action::Unlock(attempt)) if code == attempt => Ok(Door::Closed),
        (d @ Door::Locked { .. }, Action::Unlock(_)) => Err((d, "wrong code")),
        (d, _) => Err((d, "nothing happens")),
    }
}

fn main() {
    let mut light = Light::Red { remaining: 2 };
    for _ in 0..5 {
        light = light.tick();
        println!("{light:?}");
    }
    let mut door = Door::Open;
    for action in [Action::Push, Action::Lock(1234), Action::Unlock(1111), Action::Unlock(1234), Action::Pull] {
        door = match step(door, action) {
            Ok(next) => next,
            Err((same, why)) => {
                println!("{why}");
                same
            }
        };
    }
    assert_eq!(door, Door::Open);
}
