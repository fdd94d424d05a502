// A bank account: mutating methods called through a shared reference and an immutable binding.
#[derive(Debug)]
struct Account {
    owner: &'static str,
    balance_cents: i64,
    history: [i64; 8],
    entries: usize,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance_cents += amount;
        if self.entries < self.history.len() {
            self.history[self.entries] = amount;
            self.entries += 1;
        }
    }

    fn balance(&self) -> i64 {
        self.balance_cents
    }
}

fn pay_interest(account: &Account, rate_percent: i64) {
    let interest = account.balance() * rate_percent / 100;
    account.deposit(interest);
}

fn main() {
    let acct = Account { owner: "ana", balance_cents: 10_000, history: [0; 8], entries: 0 };
    acct.deposit(2_500);
    pay_interest(&acct, 3);
    println!("{} has {}", acct.owner, acct.balance());
}
