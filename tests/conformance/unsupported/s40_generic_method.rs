// Valid Rust outside tier L1: one generic method (line 8) on a plain struct.
// Its calls are indeterminate, never "no method named `scale`".
struct Account {
    balance: i64,
}

impl Account {
    fn scale<T: Into<i64>>(&mut self, factor: T) {
        self.balance *= factor.into();
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut account = Account { balance: 10 };
    account.deposit(5);
    account.scale(3i32);
    account.scale(2u8);
    println!("{}", account.balance);
}
