// Calling methods through the type path with the wrong receiver type.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl Money {
    const ZERO: Money = Money { cents: 0 };

    fn new(dollars: i64, cents: i64) -> Self {
        Self { cents: dollars * 100 + cents }
    }

    fn add(&mut self, other: Money) {
        self.cents += other.cents;
    }

    fn dollars(&self) -> i64 {
        self.cents / 100
    }

    fn negate(self) -> Money {
        Money { cents: -self.cents }
    }
}

fn main() {
    let mut wallet = Money::ZERO;
    Money::add(&mut wallet, Money::new(5, 25));
    Money::add(wallet, Money::new(1, 0));
    println!("{}", Money::dollars(wallet));
    println!("{}", Money::dollars(&wallet));
    let debt = Money::negate(&wallet);
    let ok = Money::negate(wallet);
    Money::add(&wallet, ok);
    println!("{:?} {:?}", debt, ok);
}
