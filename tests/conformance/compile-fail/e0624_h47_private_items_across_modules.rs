// A bank module with private fields, a private constructor and private methods.
mod bank {
    #[derive(Debug)]
    pub struct Account {
        pub owner: u32,
        balance: i64,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct AccountId(u32);

    #[derive(Debug, Clone, Copy)]
    pub struct Amount(pub i64);

    impl Account {
        pub const FEE: i64 = 2;
        const LIMIT: i64 = -500;

        pub fn open(owner: u32) -> Account {
            Account { owner, balance: 0 }
        }

        pub fn deposit(&mut self, a: Amount) {
            self.balance += a.0 - Self::FEE;
        }

        fn audit(&self) -> bool {
            self.balance >= Self::LIMIT
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }
    }

    impl AccountId {
        pub fn new(v: u32) -> AccountId {
            AccountId(v)
        }
    }
}

use bank::{Account, AccountId, Amount};

fn main() {
    let mut a = Account::open(7);
    a.deposit(Amount(100));
    let forged = Account { owner: 1, balance: 1_000_000 };
    let id = AccountId(5);
    let ok = AccountId::new(6);
    println!("{} {}", a.balance(), a.audit());
    println!("{}", Account::LIMIT);
    println!("{:?} {:?} {:?}", forged, id, ok);
    let Account { owner, balance } = a;
    println!("{} {}", owner, balance);
}
