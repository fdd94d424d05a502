// A tiny bank ledger: deposits, withdrawals with an overdraft limit, and a statement.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Transaction {
    Deposit(u64),
    Withdraw(u64),
    Fee(u64),
}

struct Account {
    owner: &'static str,
    balance: i64,
    overdraft_limit: i64,
    rejected: u32,
}

impl Account {
    fn new(owner: &'static str, overdraft_limit: i64) -> Account {
        Account { owner, balance: 0, overdraft_limit, rejected: 0 }
    }

    fn apply(&mut self, tx: Transaction) -> bool {
        let delta = match tx {
            Transaction::Deposit(amount) => amount as i64,
            Transaction::Withdraw(amount) | Transaction::Fee(amount) => -(amount as i64),
        };
        if self.balance + delta < -self.overdraft_limit {
            self.rejected += 1;
            return false;
        }
        self.balance += delta;
        true
    }
}

fn main() {
    let history = [
        Transaction::Deposit(500),
        Transaction::Withdraw(120),
        Transaction::Fee(5),
        Transaction::Withdraw(900),
        Transaction::Deposit(75),
        Transaction::Withdraw(400),
    ];
    let mut account = Account::new("ada", 100);
    for (i, tx) in history.iter().enumerate() {
        let ok = account.apply(*tx);
        let status = if ok { "ok" } else { "REJECTED" };
        println!("{:>2}: {:?} {} -> balance {}", i, tx, status, account.balance);
    }
    println!("{} ends with {} ({} rejected)", account.owner, account.balance, account.rejected);
    assert_eq!(history[0], Transaction::Deposit(500));
}
