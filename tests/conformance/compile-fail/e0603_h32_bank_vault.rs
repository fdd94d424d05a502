mod bank {
    pub struct Account {
        pub owner: u32,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: u32) -> Account {
            Account { owner, balance: 0 }
        }
        fn audit(&self) -> bool {
            self.balance >= 0
        }
        pub fn deposit(&mut self, amt: i64) {
            self.balance += amt;
            let _ = self.audit();
        }
    }

    pub mod vault {
        pub(super) fn secret() -> u32 {
            42
        }
        pub(crate) fn shared() -> u32 {
            7
        }
        fn hidden() -> u32 {
            1
        }
        pub fn open() -> u32 {
            hidden() + super::helper()
        }
    }

    fn helper() -> u32 {
        vault::secret()
    }
}

fn main() {
    let mut a = bank::Account::open(1);
    a.deposit(50);
    println!("{}", a.balance);
    println!("{}", a.audit());
    let b = bank::Account { owner: 2, balance: 10 };
    println!("{}", b.owner);
    println!("{}", bank::vault::secret());
    println!("{}", bank::vault::shared());
    println!("{}", bank::vault::hidden());
    println!("{}", bank::helper());
}
