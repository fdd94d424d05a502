// `use super::*` brings the parent's private items (and its imports) into a child module.
mod bank {
    use self::ledger::Entry;

    const FEE: i64 = 2;

    fn apply_fee(amount: i64) -> i64 {
        amount - FEE
    }

    struct Audit {
        count: u32,
    }

    pub mod ledger {
        #[derive(Debug, Clone, Copy)]
        pub struct Entry {
            pub amount: i64,
        }
    }

    pub mod teller {
        use super::*;

        pub fn withdraw(balance: i64, amount: i64) -> i64 {
            let e = Entry { amount: apply_fee(amount) };
            let a = Audit { count: 1 };
            balance - e.amount - a.count as i64
        }
    }
}

fn main() {
    println!("{}", bank::teller::withdraw(100, 30));
}
