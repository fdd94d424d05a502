// Valid Rust outside tier L1: one trait impl (std's PartialEq, line 8); the `==` that uses it is indeterminate.
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
    currency: u8,
}

impl PartialEq for Money {
    fn eq(&self, other: &Money) -> bool {
        self.cents == other.cents && self.currency == other.currency
    }
}

fn main() {
    let a = Money { cents: 1250, currency: 1 };
    let b = Money { cents: 1250, currency: 1 };
    println!("{:?} equal: {}", a, a == b);
}
