pub use geo::Heading as Dir;
pub use geo::Point;

pub mod prelude {
    pub use crate::{Cargo, Kind};
    pub use geo::shapes::*;
}

pub const STOPS: usize = geo::LEN + 1;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Grain,
    Ore { grade: u8 },
    Fuel(u32),
    Empty,
}

#[derive(Debug)]
pub struct Cargo {
    pub kind: Kind,
    pub tons: u32,
    pub dest: Point,
    id: u32,
}

impl Cargo {
    pub fn new(id: u32, kind: Kind, tons: u32, dest: Point) -> Cargo {
        Cargo { kind, tons, dest, id }
    }

    pub fn id(&self) -> u32 {
        self.id
    }

    pub fn top_up(&mut self, by: u32) {
        self.tons += by.min(load_limit(self.kind) - self.tons);
    }
}

pub fn load_limit(kind: Kind) -> u32 {
    match kind {
        Kind::Grain => 40,
        Kind::Ore { grade } => 30 + grade as u32,
        Kind::Fuel(litres) => litres / 1000,
        Kind::Empty => 0,
    }
}

mod ledger {
    pub fn code() -> u32 {
        7
    }
}

fn audit() -> u32 {
    ledger::code()
}

pub fn audited() -> bool {
    audit() == 7
}
