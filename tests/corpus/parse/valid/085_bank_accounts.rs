// edition:2024
// Bank accounts with a trait, transactions as enums, and error handling on overdraft.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccountId(u32);

#[derive(Debug, Clone, PartialEq)]
pub enum Tx {
    Deposit(u64),
    Withdraw(u64),
    Transfer { to: AccountId, amount: u64 },
}

#[derive(Debug, PartialEq)]
pub enum TxError {
    Insufficient { needed: u64, available: u64 },
    NoSuchAccount(AccountId),
    Frozen,
}

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TxError::Insufficient { needed, available } => write!(f, "need {needed}, have {available}"),
            TxError::NoSuchAccount(AccountId(id)) => write!(f, "no account #{id}"),
            TxError::Frozen => f.write_str("account frozen"),
        }
    }
}

#[derive(Debug, Default)]
pub struct Account {
    balance: u64,
    frozen: bool,
    history: Vec<Tx>,
}

#[derive(Default)]
pub struct Bank {
    accounts: HashMap<AccountId, Account>,
    next_id: u32,
}

impl Bank {
    pub fn open(&mut self) -> AccountId {
        self.next_id += 1;
        let id = AccountId(self.next_id);
        self.accounts.insert(id, Account::default());
        id
    }

    fn account(&mut self, id: AccountId) -> Result<&mut Account, TxError> {
        self.accounts.get_mut(&id).ok_or(TxError::NoSuchAccount(id))
    }

    pub fn apply(&mut self, id: AccountId, tx: Tx) -> Result<u64, TxError> {
        let acct = self.account(id)?;
        if acct.frozen {
            return Err(TxError::Frozen);
        }
        let needed = match tx {
            Tx::Deposit(_) => 0,
            Tx::Withdraw(n) | Tx::Transfer { amount: n, .. } => n,
        };
        if needed > acct.balance {
            return Err(TxError::Insufficient { needed, available: acct.balance });
        }
        match tx {
            Tx::Deposit(n) => acct.balance += n,
            Tx::Withdraw(n) => acct.balance -= n,
            Tx::Transfer { to, amount } => {
                acct.balance -= amount;
                acct.history.push(tx.clone());
                self.account(to)?.balance += amount;
                return Ok(self.accounts[&id].balance);
            }
        }
        acct.history.push(tx);
        Ok(acct.balance)
    }
}

fn main() {
    let mut bank = Bank::default();
    let a = bank.open();
    let b = bank.open();
    println!("{:?}", bank.apply(a, Tx::Deposit(100)));
    println!("{:?}", bank.apply(a, Tx::Transfer { to: b, amount: 30 }));
    match bank.apply(b, Tx::Withdraw(50)) {
        Err(e) => println!("error: {e}"),
        Ok(bal) => println!("balance {bal}"),
    }
    if let Ok(acct) = bank.account(a) {
        acct.frozen = true;
    }
    println!("{:?} {:?}", bank.apply(a, Tx::Deposit(1)), bank.apply(AccountId(99), Tx::Deposit(1)));
}
