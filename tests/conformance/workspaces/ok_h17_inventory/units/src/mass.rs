pub mod convert;

pub const KILO: i64 = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Grams(pub i64);

impl Grams {
    pub const ZERO: Grams = Grams(0);

    pub fn new(v: i64) -> Grams {
        Grams(crate::clamp_nonneg(v))
    }

    pub fn add(self, other: Grams) -> Grams {
        Grams(self.0 + other.0)
    }

    pub fn kilos(&self) -> i64 {
        self.0 / KILO
    }
}
