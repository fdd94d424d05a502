// A bank vault library: only some of it is meant for tellers.
mod codes {
    pub const MASTER: u32 = 90210;

    pub fn rotate(code: u32) -> u32 {
        code.rotate_left(3) ^ 0xBEEF
    }
}

pub mod ledger {
    pub struct Entry {
        pub amount: i64,
        pub memo: &'static str,
    }

    struct Checksum(u64);

    pub(crate) fn audit(entries: &[Entry]) -> i64 {
        let mut total = 0;
        for e in entries {
            total += e.amount;
        }
        let _ = Checksum(total as u64);
        total
    }

    pub fn balance(entries: &[Entry]) -> i64 {
        audit(entries)
    }

    pub(crate) const LIMIT: i64 = 1_000_000;

    pub(super) fn reset() -> i64 {
        0
    }
}

const PIN_LENGTH: usize = 6;
pub const MAX_WITHDRAWAL: i64 = 500;

fn open_door(code: u32) -> bool {
    code == codes::rotate(codes::MASTER)
}

pub fn try_open(code: u32) -> bool {
    ledger::reset() == 0 && open_door(code)
}

pub fn pin_len() -> usize {
    PIN_LENGTH
}
