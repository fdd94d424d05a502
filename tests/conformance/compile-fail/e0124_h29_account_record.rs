// A bank account record with a duplicated field, next to a type defined twice.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Currency {
    Eur,
    Usd,
}

#[derive(Debug, Clone, Copy)]
struct Account {
    number: u32,
    balance_cents: i64,
    currency: Currency,
    overdraft_cents: i64,
    balance_cents: i64,
}

struct Money(i64, Currency);

impl Account {
    fn available(&self) -> i64 {
        self.balance_cents + self.overdraft_cents
    }
}

fn fee(c: Currency) -> i64 {
    match c {
        Currency::Eur => 150,
        Currency::Usd => 200,
    }
}

enum Currency {
    Gbp,
}

fn main() {
    let a = Account { number: 7, balance_cents: 12_000, currency: Currency::Eur, overdraft_cents: 5_000 };
    let m = Money(a.available() - fee(a.currency), a.currency);
    println!("{} {} {:?}", a.number, m.0, m.1);
}
