// An elevator controller serving a fixed list of floor requests (SCAN order).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    Up,
    Down,
    Idle,
}

struct Elevator {
    floor: usize,
    direction: Direction,
    pending: [bool; 10],
    travelled: u32,
}

fn any_set(flags: &[bool]) -> bool {
    for &f in flags {
        if f {
            return true;
        }
    }
    false
}

impl Elevator {
    fn request(&mut self, floor: usize) {
        self.pending[floor] = true;
    }

    fn pending_beyond(&self, dir: Direction) -> bool {
        match dir {
            Direction::Up => any_set(&self.pending[self.floor + 1..]),
            Direction::Down => any_set(&self.pending[..self.floor]),
            Direction::Idle => false,
        }
    }

    fn step(&mut self) {
        if !self.pending_beyond(self.direction) {
            self.direction = if self.pending_beyond(Direction::Up) { Direction::Up } else { Direction::Down };
        }
        match self.direction {
            Direction::Up => self.floor += 1,
            Direction::Down => self.floor -= 1,
            Direction::Idle => return,
        }
        self.travelled += 1;
        if self.pending[self.floor] {
            self.pending[self.floor] = false;
            println!("  stop at floor {} going {:?}", self.floor, self.direction);
        }
    }
}

fn main() {
    let mut e = Elevator { floor: 4, direction: Direction::Idle, pending: [false; 10], travelled: 0 };
    for f in [7, 2, 9, 5, 0] {
        e.request(f);
    }
    let mut ticks = 0;
    while any_set(&e.pending) {
        e.step();
        ticks += 1;
    }
    println!("served all requests in {} ticks, travelled {} floors, now at {}", ticks, e.travelled, e.floor);
}
