// Billing library: some items are only visible inside this crate.
mod rates {
    pub const STANDARD_CENTS: u32 = 25;
    pub(crate) const DISCOUNT_PCT: u32 = 10;
}

pub use rates::STANDARD_CENTS;
pub(crate) use rates::DISCOUNT_PCT;

#[derive(Debug, Clone, Copy)]
pub struct Invoice {
    pub minutes: u32,
    pub(crate) discounted: bool,
}

impl Invoice {
    pub fn new(minutes: u32) -> Invoice {
        Invoice { minutes, discounted: minutes > 100 }
    }
    pub fn total(&self) -> u32 {
        let gross = self.minutes * STANDARD_CENTS;
        if self.discounted { gross - gross * DISCOUNT_PCT / 100 } else { gross }
    }
    pub(crate) fn audit(&self) -> bool {
        self.total() <= self.minutes * STANDARD_CENTS
    }
}

pub(crate) fn late_fee(days: u32) -> u32 {
    days * 50
}
