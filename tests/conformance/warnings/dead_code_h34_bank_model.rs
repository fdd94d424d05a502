// lints: dead_code
// Bank model with fields, variants and helpers that nothing uses yet.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Checking,
    Savings,
    Brokerage,
}

#[derive(Clone, Copy)]
enum Txn {
    Deposit(i64),
    Withdraw(i64),
    Transfer { to: u32, amount: i64 },
}

struct Account {
    id: u32,
    kind: Kind,
    balance: i64,
    overdraft_limit: i64,
    opened_year: u16,
}

impl Account {
    fn new(id: u32, kind: Kind) -> Account {
        Account { id, kind, balance: 0, overdraft_limit: 0, opened_year: 2024 }
    }

    fn apply(&mut self, t: Txn) {
        match t {
            Txn::Deposit(a) => self.balance += a,
            Txn::Withdraw(a) => self.balance -= a,
            Txn::Transfer { to: _, amount } => self.balance -= amount,
        }
    }

    fn can_withdraw(&self, amount: i64) -> bool {
        self.balance + self.overdraft_limit >= amount
    }
}

fn audit_log(a: &Account) {
    println!("audit {}", a.id);
}

const MAX_ACCOUNTS: usize = 64;

fn main() {
    let mut a = Account::new(1, Kind::Savings);
    a.apply(Txn::Deposit(500));
    a.apply(Txn::Withdraw(120));
    println!("{} {} {}", a.id, a.balance, a.kind == Kind::Checking);
}
