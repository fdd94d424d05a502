// A helper moved out of an impl block still refers to `self`.
struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn is_overdrawn(account: &Account) -> bool {
    self.balance < 0 && account.balance < 0
}

fn main() {
    let mut a = Account { balance: 10 };
    a.deposit(-20);
    println!("{}", is_overdrawn(&a));
}
