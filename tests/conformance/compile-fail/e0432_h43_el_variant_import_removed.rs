// variant imports introduced; Open renamed Opened in the enum meanwhile
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    Up,
    Down,
    Idle,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum DoorState {
    Opened,
    Closed,
}

struct Elevator {
    floor: u8,
    direction: Direction,
    door: DoorState,
    requests: [bool; 10],
}

use Direction::{Down, Idle, Up};
use DoorState::{Closed, Open};

const TOP_FLOOR: u8 = 9;

impl Elevator {
    fn new() -> Elevator {
        Elevator { floor: 0, direction: Direction::Idle, door: DoorState::Closed, requests: [false; 10] }
    }

    fn request(&mut self, floor: u8) {
        if floor <= TOP_FLOOR {
            self.requests[floor as usize] = true;
        }
    }

    fn pending_above(&self) -> bool {
        let mut f = self.floor as usize + 1;
        while f <= TOP_FLOOR as usize {
            if self.requests[f] {
                return true;
            }
            f += 1;
        }
        false
    }

    fn pending_below(&self) -> bool {
        for f in 0..self.floor as usize {
            if self.requests[f] {
                return true;
            }
        }
        false
    }

    fn tick(&mut self) {
        if self.requests[self.floor as usize] {
            self.requests[self.floor as usize] = false;
            self.door = Open;
            return;
        }
        self.door = Closed;
        self.direction = match self.direction {
            Direction::Up if self.pending_above() => Direction::Up,
            Direction::Down if self.pending_below() => Direction::Down,
            _ if self.pending_above() => Direction::Up,
            _ if self.pending_below() => Direction::Down,
            _ => Direction::Idle,
        };
        match self.direction {
            Up => self.floor += 1,
            Down => self.floor -= 1,
            Idle => {}
        }
    }
}

fn main() {
    let mut e = Elevator::new();
    e.request(4);
    e.request(2);
    e.request(7);
    for t in 0..14 {
        e.tick();
        println!("t={:2} floor={} dir={:?} door={:?}", t, e.floor, e.direction, e.door);
        if t == 5 {
            e.request(1);
        }
    }
}
