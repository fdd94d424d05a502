// Accounts in a fixed array, a journal of transactions as an enum.
mod bank {
    pub const MAX_ACCOUNTS: usize = 4;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Tx {
        Open { id: u8, owner: &'static str },
        Deposit(u8, u64),
        Withdraw(u8, u64),
        Transfer { from: u8, to: u8, amount: u64 },
        Close(u8),
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Outcome {
        Applied,
        Rejected(&'static str),
    }

    #[derive(Clone, Copy)]
    struct Account {
        id: u8,
        owner: &'static str,
        balance: u64,
        open: bool,
    }

    pub struct Bank {
        accounts: [Account; MAX_ACCOUNTS],
        count: usize,
        pub fees: u64,
    }

    const BLANK: Account = Account { id: 0, owner: "", balance: 0, open: false };
    const TRANSFER_FEE: u64 = 2;

    impl Bank {
        pub fn new() -> Bank {
            Bank { accounts: [BLANK; MAX_ACCOUNTS], count: 0, fees: 0 }
        }

        fn slot(&self, id: u8) -> usize {
            for i in 0..self.count {
                if self.accounts[i].id == id && self.accounts[i].open {
                    return i;
                }
            }
            usize::MAX
        }

        pub fn apply(&mut self, tx: Tx) -> Outcome {
            match tx {
                Tx::Open { id, owner } => {
                    if self.count == MAX_ACCOUNTS {
                        return Outcome::Rejected("bank full");
                    }
                    if self.slot(id) != usize::MAX {
                        return Outcome::Rejected("duplicate id");
                    }
                    self.accounts[self.count] = Account { id, owner, balance: 0, open: true };
                    self.count += 1;
                }
                Tx::Deposit(id, amount) => {
                    let i = self.slot(id);
                    if i == usize::MAX {
                        return Outcome::Rejected("no such account");
                    }
                    self.accounts[i].balance += amount;
                }
                Tx::Withdraw(id, amount) | Tx::Transfer { from: id, amount, .. } => {
                    let fee = if let Tx::Transfer { .. } = tx { TRANSFER_FEE } else { 0 };
                    let i = self.slot(id);
                    if i == usize::MAX {
                        return Outcome::Rejected("no such account");
                    }
                    let dest = match tx {
                        Tx::Transfer { to, .. } => self.slot(to),
                        _ => i,
                    };
                    if dest == usize::MAX {
                        return Outcome::Rejected("no such destination");
                    }
                    if self.accounts[i].balance < amount + fee {
                        return Outcome::Rejected("insufficient funds");
                    }
                    self.accounts[i].balance -= amount + fee;
                    self.fees += fee;
                    if dest != i {
                        self.accounts[dest].balance += amount;
                    }
                }
                Tx::Close(id) => match self.slot(id) {
                    usize::MAX => return Outcome::Rejected("no such account"),
                    i if self.accounts[i].balance > 0 => return Outcome::Rejected("balance not zero"),
                    i => self.accounts[i].open = false,
                },
            }
            Outcome::Applied
        }

        pub fn report(&self) {
            for a in &self.accounts[..self.count] {
                let state = if a.open { "open" } else { "closed" };
                println!("  #{:<3} {:<6} {:>6} {}", a.id, a.owner, a.balance, state);
            }
        }
    }
}

use bank::{Bank, Outcome, Tx};

fn main() {
    let journal = [
        Tx::Open { id: 1, owner: "ada" },
        Tx::Open { id: 2, owner: "brian" },
        Tx::Deposit(1, 500),
        Tx::Transfer { from: 1, to: 2, amount: 120 },
        Tx::Withdraw(2, 200),
        Tx::Withdraw(2, 20),
        Tx::Open { id: 2, owner: "carl" },
        Tx::Transfer { from: 2, to: 9, amount: 1 },
        Tx::Close(2),
        Tx::Withdraw(2, 100),
        Tx::Close(2),
        Tx::Deposit(2, 5),
    ];
    let mut bank = Bank::new();
    let mut rejected = 0;
    for (n, tx) in journal.iter().enumerate() {
        let out = bank.apply(*tx);
        if let Outcome::Rejected(why) = out {
            rejected += 1;
            println!("{:>2}: {:?} -> rejected: {}", n, tx, why);
        } else {
            println!("{:>2}: {:?} -> ok", n, tx);
        }
    }
    bank.report();
    println!("rejected {} of {}, fees collected {}", rejected, journal.len(), bank.fees);
}
