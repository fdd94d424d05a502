// Bank account withdrawals: an early `return;` in functions that return a
// balance, as a C programmer would write for "error" paths.

#[derive(Debug)]
struct Account {
    id: u32,
    balance_cents: i64,
    frozen: bool,
}

impl Account {
    fn withdraw(&mut self, amount: i64) -> i64 {
        if self.frozen {
            return;
        }
        if amount > self.balance_cents {
            println!("account {}: insufficient funds", self.id);
            return self.balance_cents;
        }
        self.balance_cents -= amount;
        self.balance_cents
    }

    fn deposit(&mut self, amount: i64) -> i64 {
        if amount <= 0 {
            return;
        }
        self.balance_cents += amount;
        self.balance_cents
    }
}

fn main() {
    let mut acct = Account { id: 7, balance_cents: 10_000, frozen: false };
    let after = acct.withdraw(2_500);
    let again = acct.deposit(1_000);
    println!("{} {} {:?}", after, again, acct);
}
