// lints: dead_code non_snake_case unconditional_recursion
// Function lints: an unused method, a recursion with no base case, a camelCase function.
struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn withdraw(&mut self, amount: i64) {
        self.balance -= amount;
    }

    fn total(&self) -> i64 {
        self.total()
    }
}

fn printBalance(a: &Account) {
    println!("balance: {}", a.balance);
}

fn main() {
    let mut acct = Account { balance: 0 };
    acct.deposit(100);
    printBalance(&acct);
    if acct.balance > 1000 {
        println!("{}", acct.total());
    }
}
