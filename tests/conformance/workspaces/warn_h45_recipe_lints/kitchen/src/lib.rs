// Kitchen helpers: public API plus some internal leftovers.
pub mod pantry;
mod scale;

use scale::grams_to_ounces;
use pantry::Shelf;
pub(crate) use pantry::Jar;

pub use scale::Unit;

pub fn convert(grams: f64) -> f64 {
    grams_to_ounces(grams)
}

pub fn stock_level() -> u32 {
    pantry::COUNT * 2
}

pub struct Timer {
    pub minutes: u32,
    alarm: bool,
}

impl Timer {
    pub fn start(minutes: u32) -> Timer {
        Timer { minutes, alarm: false }
    }

    fn ring(&self) -> bool {
        self.alarm
    }
}

fn preheat(temp: u32) -> u32 {
    temp + 10
}
