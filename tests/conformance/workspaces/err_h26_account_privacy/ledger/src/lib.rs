// Account ledger with carefully limited visibility.
pub mod account {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Tier {
        Basic = 1,
        Silver = 2,
        Gold = 3,
    }

    #[derive(Debug, Clone, Copy, Default)]
    pub struct Limits {
        pub daily: u32,
        pub(crate) overdraft: u32,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Account {
        pub id: u32,
        balance: i64,
        pub limits: Limits,
    }

    impl Account {
        pub fn open(id: u32) -> Account {
            Account { id, balance: 0, limits: Limits { daily: 500, overdraft: 0 } }
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }

        pub fn deposit(&mut self, amount: u32) {
            self.balance += amount as i64;
        }

        pub(crate) fn force_set(&mut self, v: i64) {
            self.balance = v;
        }

        fn audit(&self) -> bool {
            self.balance >= -(self.limits.overdraft as i64)
        }

        pub fn healthy(&self) -> bool {
            self.audit()
        }
    }

    pub(crate) const FEE_CENTS: u32 = 150;
}

pub fn tier_for(balance: i64) -> account::Tier {
    match balance {
        i64::MIN..=999 => account::Tier::Basic,
        1000..=9999 => account::Tier::Silver,
        _ => account::Tier::Gold,
    }
}
