//! Power meter readings; this library has a type error of its own.
pub mod units;

use units::Watts;

#[derive(Debug, Clone, Copy)]
pub struct Meter {
    pub id: u16,
    total: Watts,
}

impl Meter {
    pub fn new(id: u16) -> Meter {
        Meter { id, total: Watts(0) }
    }

    pub fn record(&mut self, w: Watts) {
        self.total = Watts(self.total.0 + w.0);
    }

    pub fn total(&self) -> u64 {
        // Watts wraps a u32; returning it as u64 without a cast.
        self.total.0
    }

    fn unused_helper(&self) -> bool {
        self.id == 0
    }
}
