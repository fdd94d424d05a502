/// Amounts in cents, printed as dollars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Cents(pub i64);

impl Cents {
    pub fn dollars(self) -> i64 {
        self.0 / 100
    }

    pub fn rest(self) -> i64 {
        (self.0 % 100).abs()
    }

    pub fn plus(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

pub fn print(label: &str, c: Cents) {
    println!("{:<10} {:>6}.{:02}", label, c.dollars(), c.rest());
}
