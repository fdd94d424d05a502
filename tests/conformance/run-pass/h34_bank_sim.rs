// Bank account simulation with transactions, overdraft and monthly interest.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Txn {
    Deposit(i64),
    Withdraw(i64),
    Fee { cents: i64, waived: bool },
    Interest,
}

#[derive(Debug, Clone, Copy)]
struct Account {
    id: u32,
    balance: i64,
    overdraft: i64,
    rate_bp: i64,
    declined: u32,
}

impl Account {
    fn open(id: u32) -> Self {
        Account { id, balance: 0, overdraft: 5_000, rate_bp: 125, declined: 0 }
    }

    fn apply(&mut self, t: Txn) -> bool {
        match t {
            Txn::Deposit(c) if c > 0 => {
                self.balance += c;
                true
            }
            Txn::Deposit(_) => false,
            Txn::Withdraw(c) => {
                if self.balance + self.overdraft >= c {
                    self.balance -= c;
                    true
                } else {
                    self.declined += 1;
                    false
                }
            }
            Txn::Fee { waived: true, .. } => true,
            Txn::Fee { cents, waived: false } => {
                self.balance -= cents;
                true
            }
            Txn::Interest => {
                if self.balance > 0 {
                    self.balance += self.balance * self.rate_bp / 10_000;
                }
                true
            }
        }
    }
}

fn main() {
    let mut acct = Account::open(77);
    let log = [
        Txn::Deposit(120_000),
        Txn::Withdraw(30_050),
        Txn::Fee { cents: 250, waived: false },
        Txn::Withdraw(100_000),
        Txn::Deposit(-5),
        Txn::Fee { cents: 250, waived: true },
        Txn::Interest,
    ];
    for (i, t) in log.iter().enumerate() {
        let ok = acct.apply(*t);
        println!("{:>2} {:>5} balance {:>8} after {:?}", i, ok, acct.balance, t);
    }
    let premium = Account { rate_bp: 300, ..acct };
    println!("{:?}", premium);
    println!("account {} declined {}", acct.id, acct.declined);
}
