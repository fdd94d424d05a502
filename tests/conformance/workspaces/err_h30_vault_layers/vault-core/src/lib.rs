// The innermost crate: accounts with guarded balances.
pub mod keys;
mod ledger;

pub use ledger::Entry;

pub struct Account {
    pub id: u32,
    balance: i64,
}

impl Account {
    pub const OVERDRAFT: i64 = -500;
    const AUDIT_LIMIT: i64 = 1_000_000;

    pub fn open(id: u32) -> Account {
        Account { id, balance: 0 }
    }

    pub fn balance(&self) -> i64 {
        self.balance
    }

    pub fn deposit(&mut self, amount: i64) {
        if self.needs_audit(amount) {
            println!("audit {}", self.id);
        }
        self.balance += amount;
    }

    fn needs_audit(&self, amount: i64) -> bool {
        amount > Account::AUDIT_LIMIT
    }
}

pub(crate) fn rebuild_index() -> u32 {
    keys::Token::fresh().0
}
