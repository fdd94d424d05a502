//! Patient records with carefully limited visibility.
pub mod records;
mod billing;

pub use billing::Invoice;
pub use records::patient::Patient as PatientRecord;

pub(crate) const INTERNAL_RATE: u32 = 120;
pub const PUBLIC_RATE: u32 = 150;

pub fn rate_for(minutes: u32) -> u32 {
    minutes * INTERNAL_RATE / 60
}

pub struct Token(u64);

impl Token {
    pub fn issue(seed: u64) -> Token {
        Token(seed.rotate_left(7) ^ 0x5a5a)
    }

    pub fn value(&self) -> u64 {
        self.0
    }
}
