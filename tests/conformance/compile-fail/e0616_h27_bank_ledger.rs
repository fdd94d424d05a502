// Ledger module keeps balances private; callers go through methods.
mod ledger {
    pub struct Account {
        pub owner: u32,
        balance: i64,
        frozen: bool,
    }

    impl Account {
        pub fn open(owner: u32) -> Account {
            Account { owner, balance: 0, frozen: false }
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }

        pub fn deposit(&mut self, cents: i64) {
            if !self.frozen {
                self.balance += cents;
            }
        }

        fn audit(&self) -> bool {
            self.balance >= 0
        }
    }

    pub mod fees {
        pub const MONTHLY: i64 = 250;
        const PENALTY: i64 = 1_000;

        pub fn charge(acc: &mut super::Account) {
            acc.balance -= MONTHLY;
            if acc.balance < 0 {
                acc.balance -= PENALTY;
            }
        }
    }
}

use ledger::Account;

fn main() {
    let mut acc = Account::open(7);
    acc.deposit(10_000);
    ledger::fees::charge(&mut acc);
    println!("owner {} has {}", acc.owner, acc.balance());
    if acc.frozen {
        println!("frozen");
    }
    acc.balance = 5;
    let ok = acc.audit();
    println!("audit {} penalty {}", ok, ledger::fees::PENALTY);
}
