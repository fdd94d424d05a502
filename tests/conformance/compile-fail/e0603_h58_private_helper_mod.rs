mod bank {
    pub mod account {
        #[derive(Debug)]
        pub struct Account {
            pub owner: &'static str,
            balance: i64,
        }

        impl Account {
            pub fn open(owner: &'static str) -> Account {
                Account { owner, balance: audit::initial() }
            }
            pub fn balance(&self) -> i64 {
                self.balance
            }
        }

        mod audit {
            pub fn initial() -> i64 {
                100
            }
        }
    }
}

fn main() {
    let a = bank::account::Account::open("ann");
    println!("{} {}", a.owner, a.balance());
    let extra = bank::account::audit::initial();
    println!("{}", extra);
}
