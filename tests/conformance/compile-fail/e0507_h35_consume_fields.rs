// Consuming methods and functions applied to fields behind `&self`.
#[derive(Debug)]
struct Money {
    cents: i64,
}

impl Money {
    fn into_cents(self) -> i64 {
        self.cents
    }

    fn cents(&self) -> i64 {
        self.cents
    }

    fn plus(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

#[derive(Debug)]
struct Invoice {
    net: Money,
    tax: Money,
    number: u32,
}

#[derive(Debug)]
struct Receipt {
    paid: Money,
    number: u32,
}

fn describe(m: Money) -> i64 {
    m.cents / 100
}

impl Invoice {
    fn gross_cents(&self) -> i64 {
        self.net.cents() + self.tax.cents()
    }

    fn gross(&self) -> Money {
        self.net.plus(Money { cents: self.tax.cents })
    }

    fn net_cents(&self) -> i64 {
        self.net.into_cents()
    }

    fn tax_units(&self) -> i64 {
        describe(self.tax)
    }

    fn receipt(&self) -> Receipt {
        Receipt { paid: self.net, number: self.number }
    }

    fn receipt_number(&self) -> Receipt {
        Receipt { paid: Money { cents: 0 }, number: self.number }
    }
}

fn main() {
    let inv = Invoice { net: Money { cents: 10_000 }, tax: Money { cents: 1_900 }, number: 12 };
    println!("{} {:?}", inv.gross_cents(), inv.receipt_number());
    println!("{:?} {} {}", inv.gross(), inv.net_cents(), inv.tax_units());
    println!("{:?}", inv.receipt());
}
