//! A tiny double-entry ledger. Entries are not Copy: posting one consumes it.

#[derive(Debug)]
pub struct Entry {
    pub from: u32,
    pub to: u32,
    pub cents: i64,
}

#[derive(Debug)]
pub struct Book {
    pub balances: [i64; 4],
    pub posted: u32,
}

impl Book {
    pub fn new() -> Book {
        Book { balances: [0; 4], posted: 0 }
    }

    pub fn post(&mut self, e: Entry) {
        self.balances[e.from as usize] -= e.cents;
        self.balances[e.to as usize] += e.cents;
        self.posted += 1;
    }

    pub fn balance(&self, account: u32) -> i64 {
        self.balances[account as usize]
    }
}

pub fn describe(e: Entry) -> i64 {
    println!("{} -> {}: {}", e.from, e.to, e.cents);
    e.cents
}
