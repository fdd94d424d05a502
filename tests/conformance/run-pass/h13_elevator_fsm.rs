// Elevator controller: struct-variant enum states, if-let chains, labelled continue, &mut through refs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle { floor: u8 },
    Moving { from: u8, to: u8, dir: Dir },
    DoorsOpen { floor: u8, ticks_left: u8 },
}

struct Elevator {
    state: State,
    requests: [bool; Elevator::FLOORS],
    travelled: u32,
}

impl Elevator {
    const FLOORS: usize = 6;
    const DOOR_TICKS: u8 = 2;

    fn current_floor(&self) -> u8 {
        match self.state {
            State::Idle { floor } | State::DoorsOpen { floor, .. } => floor,
            State::Moving { from, .. } => from,
        }
    }

    fn nearest_request(&self, from: u8) -> i32 {
        let mut best = -1i32;
        let mut best_dist = u8::MAX;
        for (f, &wanted) in self.requests.iter().enumerate() {
            let d = (f as u8).abs_diff(from);
            if wanted && d < best_dist {
                best = f as i32;
                best_dist = d;
            }
        }
        best
    }
}

impl Elevator {
    fn tick(&mut self) {
        self.state = match self.state {
            State::Idle { floor } => {
                let target = self.nearest_request(floor);
                if target < 0 {
                    State::Idle { floor }
                } else if target as u8 == floor {
                    self.requests[floor as usize] = false;
                    State::DoorsOpen { floor, ticks_left: Self::DOOR_TICKS }
                } else {
                    let to = target as u8;
                    State::Moving { from: floor, to, dir: if to > floor { Dir::Up } else { Dir::Down } }
                }
            }
            State::Moving { from, to, dir } => {
                let next = match dir { Dir::Up => from + 1, Dir::Down => from - 1 };
                self.travelled += 1;
                if next == to {
                    self.requests[to as usize] = false;
                    State::DoorsOpen { floor: to, ticks_left: Self::DOOR_TICKS }
                } else {
                    State::Moving { from: next, to, dir }
                }
            }
            State::DoorsOpen { floor, ticks_left: 0 } => State::Idle { floor },
            State::DoorsOpen { floor, ticks_left } => State::DoorsOpen { floor, ticks_left: ticks_left - 1 },
        };
    }
}

fn press(e: &mut Elevator, floors: &[u8]) {
    for &f in floors {
        e.requests[f as usize % Elevator::FLOORS] = true;
    }
}

fn main() {
    let mut lift = Elevator { state: State::Idle { floor: 0 }, requests: [false; Elevator::FLOORS], travelled: 0 };
    let schedule: [(u32, &[u8]); 3] = [(0, &[4]), (3, &[1, 5]), (9, &[0])];
    let ctl = &mut lift;
    'time: for t in 0..30u32 {
        for &(at, floors) in schedule.iter() {
            if at == t {
                press(ctl, floors);
            }
        }
        ctl.tick();
        if let State::Moving { dir: Dir::Up, to, .. } = ctl.state {
            println!("t={t:>2} up towards {to}");
        } else if let State::DoorsOpen { floor, ticks_left: Elevator::DOOR_TICKS } = ctl.state {
            println!("t={t:>2} doors open at {floor}");
        } else if let State::Idle { floor } = ctl.state {
            if t > 12 && ctl.nearest_request(floor) < 0 {
                println!("t={t:>2} idle at {floor}, done");
                break 'time;
            }
            continue 'time;
        }
    }
    println!("travelled {} floors, at {}, state {:?}", lift.travelled, lift.current_floor(), lift.state);
}
