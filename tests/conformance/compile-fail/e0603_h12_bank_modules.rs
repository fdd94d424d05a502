// A bank split into inline modules: private items used from outside.
mod ledger {
    pub struct Entry {
        pub amount: i64,
        memo: &'static str,
    }

    impl Entry {
        pub fn new(amount: i64, memo: &'static str) -> Entry {
            Entry { amount, memo }
        }

        fn audit(&self) -> bool {
            self.memo.len() > 0
        }
    }

    fn checksum(entries: &[Entry]) -> i64 {
        let mut sum = 0;
        for e in entries {
            sum += e.amount;
        }
        sum
    }

    pub mod rates {
        const BASE_BPS: u32 = 150;

        pub fn yearly(balance: i64) -> i64 {
            balance * BASE_BPS as i64 / 10_000
        }
    }
}

fn main() {
    let entries = [ledger::Entry::new(500, "salary"), ledger::Entry::new(-120, "rent")];
    println!("{}", ledger::checksum(&entries));
    println!("{}", ledger::rates::BASE_BPS);
    println!("{}", ledger::rates::yearly(entries[0].amount));
}
