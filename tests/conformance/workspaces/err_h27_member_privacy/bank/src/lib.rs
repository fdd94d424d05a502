//! Account types whose internals are private to the crate.
pub mod account {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Account {
        pub id: u32,
        pub(crate) balance: i64,
        limit: i64,
    }

    impl Account {
        pub const MIN_DEPOSIT: i64 = 100;
        const FEE: i64 = 25;

        pub fn open(id: u32) -> Account {
            Account { id, balance: 0, limit: -500 }
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }

        pub fn withdraw(&mut self, amount: i64) -> bool {
            if self.balance - amount - Self::FEE < self.limit {
                return false;
            }
            self.balance -= amount + Self::FEE;
            true
        }

        pub(crate) fn force_set(&mut self, value: i64) {
            self.balance = value;
        }
    }

    impl Account {
        fn audit(&self) -> bool {
            self.balance >= self.limit
        }

        pub fn deposit(&mut self, amount: i64) {
            if amount >= Self::MIN_DEPOSIT && self.audit() {
                self.balance += amount;
            }
        }
    }
}

mod rates {
    pub const SAVINGS_BPS: u32 = 150;
}

pub use account::Account;

pub fn interest(acc: &Account) -> i64 {
    acc.balance * rates::SAVINGS_BPS as i64 / 10_000
}
