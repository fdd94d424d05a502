// Bank ledger state machine: nested enums with struct variants, let-else, ref mut patterns.
mod ledger {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Kind {
        Deposit { cents: u64 },
        Withdraw { cents: u64, fee: u64 },
        Transfer { to: usize, cents: u64 },
        Freeze,
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Outcome {
        Applied(Kind),
        Rejected { reason: Reason, attempted: Kind },
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Reason {
        Frozen,
        Insufficient(u64),
        NoSuchAccount,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Account {
        pub id: usize,
        pub balance: u64,
        pub(crate) frozen: bool,
    }

    impl Account {
        pub const OPENING: Account = Account { id: 0, balance: 1_000, frozen: false };
    }

    enum Lookup {
        Found(usize),
        Missing,
    }

    fn find(accounts: &[Account], id: usize) -> Lookup {
        for (i, a) in accounts.iter().enumerate() {
            if a.id == id {
                return Lookup::Found(i);
            }
        }
        Lookup::Missing
    }

    pub(crate) fn apply(accounts: &mut [Account], id: usize, kind: Kind) -> Outcome {
        let Lookup::Found(from) = find(accounts, id) else {
            return Outcome::Rejected { reason: Reason::NoSuchAccount, attempted: kind };
        };
        if accounts[from].frozen {
            return Outcome::Rejected { reason: Reason::Frozen, attempted: kind };
        }
        match kind {
            Kind::Deposit { cents } => accounts[from].balance += cents,
            Kind::Withdraw { cents, fee } => {
                let need = cents + fee;
                let Account { ref mut balance, .. } = accounts[from];
                if *balance < need {
                    return Outcome::Rejected { reason: Reason::Insufficient(need - *balance), attempted: kind };
                }
                *balance -= need;
            }
            Kind::Transfer { to, cents } => {
                if to >= accounts.len() {
                    return Outcome::Rejected { reason: Reason::NoSuchAccount, attempted: kind };
                }
                let available = accounts[from].balance;
                if available < cents {
                    return Outcome::Rejected { reason: Reason::Insufficient(cents - available), attempted: kind };
                }
                accounts[from].balance -= cents;
                accounts[to].balance += cents;
            }
            Kind::Freeze => accounts[from].frozen = true,
        }
        Outcome::Applied(kind)
    }
}

use self::ledger::{apply, Account, Kind, Outcome, Reason};

fn summarize(o: &Outcome) -> i32 {
    if let Outcome::Applied(Kind::Deposit { cents }) = o {
        *cents as i32
    } else if let Outcome::Applied(Kind::Withdraw { cents, fee: f @ 1..=50 }) = o {
        -(*cents as i32) - *f as i32
    } else if let Outcome::Rejected { reason: Reason::Insufficient(short), .. } = *o {
        -1_000_000 - short as i32
    } else {
        0
    }
}

fn main() {
    let mut accounts = [Account::OPENING; 3];
    for (i, acct) in accounts.iter_mut().enumerate() {
        acct.id = i;
        acct.balance += 250 * i as u64;
    }
    let script = [
        (0, Kind::Deposit { cents: 500 }),
        (1, Kind::Withdraw { cents: 1_200, fee: 25 }),
        (2, Kind::Transfer { to: 0, cents: 1_400 }),
        (1, Kind::Freeze),
        (1, Kind::Deposit { cents: 5 }),
        (0, Kind::Withdraw { cents: 5_000, fee: 10 }),
        (7, Kind::Freeze),
        (2, Kind::Transfer { to: 9, cents: 1 }),
        (0, Kind::Withdraw { cents: 100, fee: 75 }),
    ];
    let mut net = 0i32;
    for &(who, kind) in script.iter() {
        let outcome = apply(&mut accounts, who, kind);
        let s = summarize(&outcome);
        net = net.wrapping_add(s);
        println!("{who} -> {:?} [{s:>9}]", outcome);
    }
    for a in &accounts {
        println!("#{:02} {:>8} frozen={}", a.id, a.balance, a.frozen);
    }
    println!("net={net:+}");
}
