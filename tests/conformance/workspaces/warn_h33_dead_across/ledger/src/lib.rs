pub const fee_rate: u32 = 3;

struct Audit {
    count: u32,
}

impl Audit {
    const LIMIT: u32 = 10;

    fn bump(&mut self) {
        self.count += 1;
    }
}

pub struct Book {
    balance: i64,
    pub entries: u32,
    note: &'static str,
}

impl Book {
    pub fn open() -> Book {
        Book { balance: 0, entries: 0, note: "" }
    }

    pub fn post(&mut self, amt: i64) {
        fn apply_fee(a: i64) -> i64 {
            a - fee_rate as i64
        }
        fn never(a: i64) -> i64 {
            a
        }
        self.balance += apply_fee(amt);
        self.entries += 1;
    }

    pub fn balance(&self) -> i64 {
        self.balance
    }

    pub(crate) fn internal_check(&self) -> bool {
        self.balance >= 0
    }

    fn private_reset(&mut self) {
        self.balance = 0;
    }
}

#[allow(dead_code)]
mod legacy {
    pub fn old_post() {}
    fn older() {}
}
