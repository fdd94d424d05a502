mod rounding;

pub use rounding::round_cents;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cents(pub i64);

pub const ZERO: Cents = Cents(0);

impl Cents {
    pub fn plus(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }

    fn negate(self) -> Cents {
        Cents(-self.0)
    }

    pub fn dollars(self) -> i64 {
        self.0 / 100
    }
}

fn audit(c: Cents) -> bool {
    c.0 >= 0 && check_limit(c)
}

fn check_limit(c: Cents) -> bool {
    c.0 < 1_000_000
}
