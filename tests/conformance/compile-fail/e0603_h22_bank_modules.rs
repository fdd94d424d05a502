// A small bank: accounts live in a module tree with mixed visibility.
mod bank {
    pub mod accounts {
        #[derive(Debug, Clone, Copy)]
        pub struct Account {
            pub id: u32,
            pub balance: i64,
        }

        pub fn open(id: u32) -> Account {
            Account { id, balance: 0 }
        }

        fn audit_code(a: &Account) -> u32 {
            a.id * 7 + 3
        }

        pub(crate) fn fee() -> i64 {
            2
        }

        pub(super) fn internal_limit() -> i64 {
            10_000
        }
    }

    mod ledger {
        pub fn record(amount: i64) -> i64 {
            amount
        }
    }

    pub fn deposit(a: &mut accounts::Account, amount: i64) {
        if amount <= accounts::internal_limit() {
            a.balance += ledger::record(amount) - accounts::fee();
        }
    }

    const RESERVE: i64 = 500;

    pub fn reserve() -> i64 {
        RESERVE
    }
}

use bank::accounts::{self, Account};

fn main() {
    let mut a: Account = accounts::open(1);
    bank::deposit(&mut a, 100);
    // private function in a public module
    let code = accounts::audit_code(&a);
    // private module
    let r = bank::ledger::record(5);
    // private const
    let reserve = bank::RESERVE;
    // pub(super) seen from the crate root: bank is the parent of accounts, not main
    let limit = bank::accounts::internal_limit();
    println!("{:?} {} {} {} {} {}", a, code, r, reserve, limit, bank::reserve());
}
