// Reading and writing private fields of a struct from outside its module.
mod bank {
    #[derive(Debug)]
    pub struct Account {
        pub owner: &'static str,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &'static str) -> Account {
            Account { owner, balance: 0 }
        }

        pub fn deposit(&mut self, amount: i64) {
            self.balance += amount;
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }
    }
}

fn main() {
    let mut acct = bank::Account::open("kim");
    acct.deposit(40);
    println!("{} has {}", acct.owner, acct.balance);
    acct.balance = 1_000_000;
    println!("{}", acct.balance());
    let forged = bank::Account { owner: "eve", balance: 5 };
    println!("{:?}", forged);
}
