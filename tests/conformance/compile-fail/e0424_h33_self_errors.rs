// Misusing self and Self.
struct Account {
    id: u32,
    balance: i64,
}

impl Account {
    fn open(id: u32) -> Self {
        Self { id, balance: 0 }
    }

    fn deposit(&mut self, amt: i64) {
        balance += amt;
    }

    fn report() {
        println!("{}", self.id);
    }

    fn id(&self) -> u32 {
        Self.id
    }

    fn transfer(&mut self, other: &mut Account, amt: i64) {
        self.balance -= amt;
        other.deposit(amt);
        other.balance
    }
}

fn helper() -> Self {
    Account::open(0)
}

fn main() {
    let mut a = Account::open(1);
    let mut b = Account::open(2);
    a.deposit(10);
    a.transfer(&mut b, 5);
    Account::report();
    println!("{} {}", a.id(), helper().id);
}
