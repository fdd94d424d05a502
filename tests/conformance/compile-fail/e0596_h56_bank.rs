// Bank accounts with transfers, interest and an audit log; mistakes in
// mutability are typical here.

mod bank {
    pub const MAX_ACCOUNTS: usize = 6;
    pub const LOG_SIZE: usize = 20;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum AccountKind {
        Checking,
        Savings { rate_bp: u32 },
        Frozen,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Account {
        pub number: u32,
        pub owner: &'static str,
        pub balance: i64,
        pub kind: AccountKind,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Entry {
        Empty,
        Deposit { acct: u32, amount: i64 },
        Withdraw { acct: u32, amount: i64 },
        Transfer { from: u32, to: u32, amount: i64 },
        Denied { acct: u32 },
    }

    pub struct Bank {
        pub accounts: [Account; MAX_ACCOUNTS],
        pub open: usize,
        log: [Entry; LOG_SIZE],
        log_len: usize,
    }

    impl Bank {
        pub fn new() -> Bank {
            let blank = Account { number: 0, owner: "", balance: 0, kind: AccountKind::Frozen };
            Bank { accounts: [blank; MAX_ACCOUNTS], open: 0, log: [Entry::Empty; LOG_SIZE], log_len: 0 }
        }

        pub fn open(&mut self, owner: &'static str, kind: AccountKind) -> u32 {
            let number = 1000 + self.open as u32;
            self.accounts[self.open] = Account { number, owner, balance: 0, kind };
            self.open += 1;
            number
        }

        fn log(&mut self, e: Entry) {
            let i = self.log_len % LOG_SIZE;
            self.log[i] = e;
            self.log_len += 1;
        }

        fn index_of(&self, number: u32) -> usize {
            (number - 1000) as usize
        }

        pub fn deposit(&mut self, number: u32, amount: i64) -> bool {
            let i = self.index_of(number);
            let acct = &mut self.accounts[i];
            if acct.kind == AccountKind::Frozen {
                self.log(Entry::Denied { acct: number });
                return false;
            }
            acct.balance += amount;
            self.log(Entry::Deposit { acct: number, amount });
            true
        }

        pub fn withdraw(&mut self, number: u32, amount: i64) -> bool {
            let i = self.index_of(number);
            let ok = {
                let acct = &mut self.accounts[i];
                if acct.kind != AccountKind::Frozen && acct.balance >= amount {
                    acct.balance -= amount;
                    true
                } else {
                    false
                }
            };
            if ok {
                self.log(Entry::Withdraw { acct: number, amount });
            } else {
                self.log(Entry::Denied { acct: number });
            }
            ok
        }

        pub fn transfer(&mut self, from: u32, to: u32, amount: i64) -> bool {
            if !self.withdraw(from, amount) {
                return false;
            }
            let j = self.index_of(to);
            self.accounts[j].balance += amount;
            self.log(Entry::Transfer { from, to, amount });
            true
        }

        pub fn accrue(&mut self) {
            for a in self.accounts[..self.open].iter_mut() {
                if let AccountKind::Savings { rate_bp } = a.kind {
                    a.balance += a.balance * rate_bp as i64 / 10_000;
                }
            }
        }

        pub fn entries(&self) -> &[Entry] {
            let n = if self.log_len < LOG_SIZE { self.log_len } else { LOG_SIZE };
            &self.log[..n]
        }
    }
}

use bank::{AccountKind, Bank, Entry};

fn describe(e: &Entry) {
    match *e {
        Entry::Empty => {}
        Entry::Deposit { acct, amount } => println!("  +{:>6} -> {}", amount, acct),
        Entry::Withdraw { acct, amount } => println!("  -{:>6} <- {}", amount, acct),
        Entry::Transfer { from, to, amount } => println!("  {} => {} : {}", from, to, amount),
        Entry::Denied { acct } => println!("  denied on {}", acct),
    }
}

fn freeze(bank: &Bank, number: u32) {
    for a in bank.accounts.iter_mut() {
        if a.number == number {
            a.kind = AccountKind::Frozen;
        }
    }
}

fn total(bank: &Bank) -> i64 {
    let mut t = 0;
    for a in &bank.accounts[..bank.open] {
        t += a.balance;
    }
    t
}

fn main() {
    let b = Bank::new();
    let alice = b.open("alice", AccountKind::Checking);
    let bob = b.open("bob", AccountKind::Savings { rate_bp: 250 });
    let carol = b.open("carol", AccountKind::Checking);

    b.deposit(alice, 5_000);
    b.deposit(bob, 20_000);
    b.transfer(alice, carol, 1_200);
    b.transfer(carol, bob, 5_000);
    b.withdraw(bob, 750);
    b.accrue();
    freeze(&b, carol);
    b.deposit(carol, 100);

    for e in b.entries() {
        describe(e);
    }
    for a in &b.accounts[..b.open] {
        println!("{:>5} {:<6} {:>8} {:?}", a.number, a.owner, a.balance, a.kind);
    }
    println!("total holdings: {}", total(&b));
}
