// A bank ledger split into nested modules with every visibility form.
mod bank {
    pub mod money {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
        pub struct Cents(pub i64);

        impl Cents {
            pub const ZERO: Cents = Cents(0);

            pub fn dollars(d: i64) -> Cents {
                Cents(d * 100)
            }

            pub(crate) fn show(self) -> (i64, i64) {
                (self.0 / 100, (self.0 % 100).abs())
            }
        }
    }

    pub mod account {
        use super::money::Cents;

        #[derive(Debug)]
        pub struct Account {
            pub id: u32,
            balance: Cents,
            pub(in crate::bank) overdraft: Cents,
        }

        impl Account {
            pub fn open(id: u32) -> Self {
                Account { id, balance: Cents::ZERO, overdraft: Cents::dollars(50) }
            }

            pub fn balance(&self) -> Cents {
                self.balance
            }

            pub(super) fn adjust(&mut self, delta: i64) -> bool {
                let next = self.balance.0 + delta;
                if next < -self.overdraft.0 {
                    return false;
                }
                self.balance = Cents(next);
                true
            }
        }
    }

    mod audit {
        use super::account::Account;
        // an inherent impl for a type defined in a sibling module
        impl Account {
            pub(crate) fn in_red(&self) -> bool {
                self.balance().0 < 0
            }
        }
        pub(super) fn limit(a: &Account) -> i64 {
            a.overdraft.0
        }
    }

    pub use self::account::Account;
    use self::money::Cents;

    pub fn transfer(from: &mut Account, to: &mut Account, amount: Cents) -> bool {
        if amount <= Cents::ZERO {
            return false;
        }
        if !from.adjust(-amount.0) {
            return false;
        }
        let ok = to.adjust(amount.0);
        assert!(ok, "deposit cannot fail");
        true
    }

    pub fn report(a: &Account) {
        let (d, c) = a.balance().show();
        let sign = if a.balance().0 < 0 && d == 0 { "-" } else { "" };
        println!(
            "account {:>3}: {}{}.{:02} (limit {}, red={})",
            a.id, sign, d, c, audit::limit(a) / 100, a.in_red()
        );
    }
}

use bank::money::Cents;
use bank::{report, transfer, Account};

fn main() {
    let mut alice = Account::open(1);
    let mut bob = Account::open(2);
    let moves: [(bool, i64); 5] = [(true, 2_500), (false, 1_000), (true, 4_999), (true, 1), (false, -5)];
    for (i, &(a_to_b, cents)) in moves.iter().enumerate() {
        let ok = if a_to_b {
            transfer(&mut alice, &mut bob, Cents(cents))
        } else {
            transfer(&mut bob, &mut alice, Cents(cents))
        };
        println!("move {}: {:>6} cents {} -> {}", i, cents, if a_to_b { "A" } else { "B" }, ok);
    }
    report(&alice);
    report(&bob);
    println!("{:?}", bob);
    let richest = if alice.balance() > bob.balance() { alice.id } else { bob.id };
    println!("richest: {}", richest);
}
