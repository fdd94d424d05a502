// Elevator scheduling simulation: SCAN algorithm over a request bitmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heading {
    Up,
    Down,
    Idle,
}

struct Elevator {
    floor: u8,
    heading: Heading,
    requests: u32,
    moved: u32,
    served: u32,
}

const FLOORS: u8 = 16;

impl Elevator {
    fn request(&mut self, f: u8) {
        debug_assert!(f < FLOORS);
        self.requests |= 1 << f;
    }

    fn pending_above(&self) -> bool {
        let above_mask = !0u32 << (self.floor + 1);
        self.requests & above_mask != 0
    }

    fn pending_below(&self) -> bool {
        let below_mask = (1u32 << self.floor) - 1;
        self.requests & below_mask != 0
    }

    fn tick(&mut self) {
        if self.requests & (1 << self.floor) != 0 {
            self.requests &= !(1 << self.floor);
            self.served += 1;
            println!("  open doors at {}", self.floor);
            return;
        }
        self.heading = match self.heading {
            Heading::Up if self.pending_above() => Heading::Up,
            Heading::Down if self.pending_below() => Heading::Down,
            _ if self.pending_above() => Heading::Up,
            _ if self.pending_below() => Heading::Down,
            _ => Heading::Idle,
        };
        match self.heading {
            Heading::Up => self.floor += 1,
            Heading::Down => self.floor -= 1,
            Heading::Idle => return,
        }
        self.moved += 1;
    }
}

fn main() {
    let mut e = Elevator { floor: 0, heading: Heading::Idle, requests: 0, moved: 0, served: 0 };
    let schedule: [(u32, u8); 7] = [(0, 5), (0, 2), (3, 9), (4, 1), (10, 15), (12, 0), (13, 7)];
    let mut next = 0;
    for t in 0..60u32 {
        while next < schedule.len() && schedule[next].0 == t {
            println!("t={t:>2}: call from {}", schedule[next].1);
            e.request(schedule[next].1);
            next += 1;
        }
        e.tick();
        if e.heading == Heading::Idle && next == schedule.len() && e.requests == 0 {
            println!("all done at t={}", t);
            break;
        }
    }
    println!("moved {} floors, served {} stops, at floor {}", e.moved, e.served, e.floor);
}
