// Associated-function mistakes: calling a constructor as a method, using `self` in an associated fn.
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

impl Money {
    fn from_euros(euros: i64) -> Money {
        Money { cents: euros * 100 }
    }

    fn zero() -> Money {
        // mistake 1: there is no self in an associated function
        Money { cents: self.cents - self.cents }
    }

    fn add(&self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

fn main() {
    let wallet = Money::from_euros(12);
    // mistake 2: from_euros is not a method
    let more = wallet.from_euros(3);
    println!("{:?}", wallet.add(more));
    println!("{:?}", Money::zero());
}
