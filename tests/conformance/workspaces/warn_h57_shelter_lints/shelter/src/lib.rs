#![allow(dead_code)]

pub mod intake;

pub use intake::{Pet, Species};

pub static SHELTER_CAPACITY: usize = 6;

pub(crate) fn internal_only() -> u8 {
    7
}

#[warn(dead_code)]
mod vet {
    pub(crate) fn checkup(age: u8) -> bool {
        age > 8
    }
}
