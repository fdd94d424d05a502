use cargo::prelude::*;
use geo::LEN;

#[derive(Debug, Clone, Copy)]
pub struct Bay(pub usize);

impl Bay {
    pub fn for_cargo(c: &Cargo) -> Bay {
        let slot = match c.kind {
            Kind::Grain | Kind::Empty => 0,
            Kind::Ore { grade: 0..=4 } => 1,
            Kind::Ore { .. } => 2,
            Kind::Fuel(n) => (n as usize) % LEN,
        };
        Bay(slot)
    }
}
