use crate::book::Ledger;

pub(crate) struct Finding {
    pub(crate) index: usize,
    pub(crate) reason: &'static str,
}

pub(crate) fn scan(ledger: &Ledger) -> usize {
    let mut n = 0;
    for e in ledger.entries.iter() {
        if e.cents.abs() > crate::AUDIT_LIMIT {
            n += 1;
        }
    }
    n
}
