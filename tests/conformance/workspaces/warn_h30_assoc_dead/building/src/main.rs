// The building binary: its own enum and impl items are linted like any private code.
use elevator::{Car, Direction, Shaft};

#[derive(Debug)]
enum Request {
    Hall { floor: u8, up: bool },
    Cabin(u8),
    FireRecall,
}

struct Dispatcher {
    shaft: Shaft,
    pending: u8,
}

impl Dispatcher {
    const RECALL_FLOOR: u8 = 0;

    fn target(&self, r: &Request) -> u8 {
        match r {
            Request::Hall { floor, .. } => *floor,
            Request::Cabin(f) => *f,
            Request::FireRecall => Dispatcher::RECALL_FLOOR,
        }
    }

    fn clear(&mut self) {
        self.pending = 0;
    }
}

fn main() {
    let d = Dispatcher { shaft: Shaft::new(12), pending: 2 };
    let mut car = Car::at(3);
    for r in [Request::Cabin(6), Request::Hall { floor: 2, up: true }] {
        let t = d.target(&r).min(d.shaft.top());
        while car.floor != t {
            car.step(t);
        }
        println!("{:?} -> floor {} ({:?})", r, car.floor, car.dir == Direction::Idle);
    }
}
