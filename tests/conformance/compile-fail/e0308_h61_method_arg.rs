// method arguments of the wrong type
struct Account {
    owner: &'static str,
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn rename(&mut self, name: &'static str) {
        self.owner = name;
    }

    fn apply_rate(&mut self, percent: f64) {
        self.balance = (self.balance as f64 * (1.0 + percent / 100.0)) as i64;
    }
}

fn main() {
    let mut acct = Account { owner: "ana", balance: 0 };
    let cents: u32 = 1250;
    acct.deposit(cents);
    acct.apply_rate(3);
    acct.rename(42);
    println!("{} {}", acct.owner, acct.balance);
}
