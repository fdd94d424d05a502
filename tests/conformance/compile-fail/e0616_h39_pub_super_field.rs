// Fields visible to the parent module only.
mod bank {
    pub mod account {
        pub struct Account {
            pub owner: u32,
            pub(super) balance: i64,
            pin: u16,
        }

        impl Account {
            pub fn open(owner: u32, pin: u16) -> Account {
                Account { owner, balance: 0, pin }
            }
            pub fn check_pin(&self, pin: u16) -> bool {
                self.pin == pin
            }
        }
    }

    pub fn deposit(acc: &mut account::Account, amount: i64) {
        acc.balance += amount;
    }

    pub fn balance_of(acc: &account::Account) -> i64 {
        acc.balance
    }
}

fn main() {
    let mut acc = bank::account::Account::open(7, 1234);
    bank::deposit(&mut acc, 250);
    println!("owner {} has {}", acc.owner, bank::balance_of(&acc));
    println!("direct: {}", acc.balance);
    println!("pin ok: {}", acc.check_pin(1234));
}
