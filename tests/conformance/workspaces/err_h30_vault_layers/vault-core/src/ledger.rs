#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub account: u32,
    pub amount: i64,
}

pub fn replay(entries: &[Entry]) -> i64 {
    let mut sum = 0;
    for e in entries {
        sum += e.amount;
    }
    sum
}
