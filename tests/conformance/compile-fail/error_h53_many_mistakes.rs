// Several independent parse errors in one file; rustc should report each.
#[derive(Debug, Clone, Copy)]
struct Account {
    id: u32,
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amt: i64) {
        self.balance += amt
        println!("deposited {}", amt);
    }

    fn withdraw(&mut self, amt: i64) -> bool {
        if amt > self.balance {
            return false
        }
        self.balance -= amt;
        true
    }
}

fn summary(accts: &[Account]) -> i64 {
    let mut total = 0
    for a in accts {
        total += a.balance;
    }
    total
}

fn main() {
    let mut a = Account { id: 1, balance: 100 };
    a.deposit(50);
    let ok = a.withdraw(500)
    println!("{} {:?}", ok, a);
    let accts = [a, Account { id: 2 balance: 10 }];
    println!("{}", summary(&accts));
}
