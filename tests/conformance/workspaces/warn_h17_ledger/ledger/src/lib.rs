pub mod entry;

use entry::{Entry, Kind};
use money::{round_cents, Cents};

pub(crate) use money::ZERO;

pub const MAX_ENTRIES: usize = 6;

pub struct Ledger {
    entries: [Entry; MAX_ENTRIES],
    len: usize,
    pub name: &'static str,
    opened: u32,
}

impl Ledger {
    pub fn open(name: &'static str, year: u32) -> Ledger {
        let blank = Entry { kind: Kind::Fee, amount: Cents(0), day: 0 };
        Ledger { entries: [blank; MAX_ENTRIES], len: 0, name, opened: year }
    }

    pub fn record(&mut self, kind: Kind, amount: f64, day: u16) {
        let mut cents = round_cents(amount);
        self.entries[self.len] = Entry { kind, amount: cents, day };
        self.len += 1;
    }

    pub fn balance(&self) -> Cents {
        let mut total = Cents(0);
        for e in &self.entries[..self.len] {
            total = match e.kind {
                Kind::Credit => total.plus(e.amount),
                Kind::Debit | Kind::Fee => total.plus(Cents(-e.amount.0)),
            };
        }
        total
    }
}
