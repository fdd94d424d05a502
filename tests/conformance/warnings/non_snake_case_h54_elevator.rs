// lints: non_snake_case
// Elevator simulation: requests in a fixed array, direction as an enum.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    Up,
    Down,
    Idle,
}

#[allow(non_camel_case_types)]
type floor_t = i32;

const maxFloor: floor_t = 9;

struct Elevator {
    currentFloor: floor_t,
    direction: Direction,
    requests: [bool; 10],
    moves: u32,
}

impl Elevator {
    fn New() -> Elevator {
        Elevator { currentFloor: 0, direction: Direction::Idle, requests: [false; 10], moves: 0 }
    }

    fn request(&mut self, floor: floor_t) {
        if floor >= 0 && floor <= maxFloor {
            self.requests[floor as usize] = true;
        }
    }

    fn hasRequestsAbove(&self) -> bool {
        for f in (self.currentFloor + 1)..=maxFloor {
            if self.requests[f as usize] {
                return true;
            }
        }
        false
    }

    fn has_requests_below(&self) -> bool {
        for f in 0..self.currentFloor {
            if self.requests[f as usize] {
                return true;
            }
        }
        false
    }

    fn step(&mut self) {
        let here = self.currentFloor as usize;
        if self.requests[here] {
            self.requests[here] = false;
            println!("stop at {}", self.currentFloor);
        }
        self.direction = match self.direction {
            Direction::Up | Direction::Idle if self.hasRequestsAbove() => Direction::Up,
            _ if self.has_requests_below() => Direction::Down,
            _ if self.hasRequestsAbove() => Direction::Up,
            _ => Direction::Idle,
        };
        match self.direction {
            Direction::Up => self.currentFloor += 1,
            Direction::Down => self.currentFloor -= 1,
            Direction::Idle => return,
        }
        self.moves += 1;
    }
}

fn main() {
    let mut e = Elevator::New();
    let Calls = [5, 2, 8, 3];
    for c in Calls {
        e.request(c);
    }
    for _ in 0..30 {
        e.step();
        if e.direction == Direction::Idle {
            break;
        }
    }
    println!("finished at {} after {} moves", e.currentFloor, e.moves);
}
