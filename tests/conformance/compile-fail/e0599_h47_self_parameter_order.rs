// Receivers written in the wrong place of the parameter list.
#[derive(Debug, Clone, Copy)]
struct Account {
    balance: i64,
    overdraft: i64,
}

impl Account {
    fn open(initial: i64) -> Account {
        Account { balance: initial, overdraft: 0 }
    }

    fn deposit(amount: i64, &mut self) {
        self.balance += amount;
    }

    fn withdraw(&mut self, amount: i64) -> bool {
        if self.balance + self.overdraft >= amount {
            self.balance -= amount;
            true
        } else {
            false
        }
    }

    fn can_cover(&self, self, amount: i64) -> bool {
        self.balance >= amount
    }
}

fn main() {
    let mut acc = Account::open(50);
    acc.deposit(25);
    println!("{} {}", acc.withdraw(60), acc.can_cover(10));
    println!("{:?}", acc);
}
