#[derive(Debug, Clone, Copy, Default)]
pub struct Entry {
    pub cents: i64,
    pub memo: &'static str,
    pub(crate) reconciled: bool,
}

pub struct Ledger {
    pub(crate) entries: [Entry; 8],
    len: usize,
    owner: &'static str,
}

impl Ledger {
    pub fn new() -> Ledger {
        Ledger { entries: [Entry::default(); 8], len: 0, owner: "nobody" }
    }

    pub fn push(&mut self, cents: i64, memo: &'static str) -> bool {
        if self.len == self.entries.len() {
            return false;
        }
        self.entries[self.len] = Entry { cents: crate::round_cents(cents), memo, reconciled: false };
        self.len += 1;
        true
    }

    pub fn balance(&self) -> i64 {
        let mut sum = 0;
        for e in &self.entries[..self.len] {
            sum += e.cents;
        }
        sum
    }

    pub(crate) fn reconcile_all(&mut self) {
        for e in self.entries.iter_mut() {
            e.reconciled = true;
        }
    }
}
