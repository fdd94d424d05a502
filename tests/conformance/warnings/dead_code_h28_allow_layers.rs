// lints: dead_code
// dead_code allowed for the crate, re-enabled by #[warn] on a module and an impl.
#![allow(dead_code)]

struct Ledger {
    entries: u32,
    closed: bool,
}

fn never_called() -> u32 {
    1
}

#[warn(dead_code)]
mod audit {
    pub struct Finding {
        pub code: u16,
        severity: u8,
    }

    pub fn first() -> Finding {
        Finding { code: 1, severity: 2 }
    }

    fn unused_rule() -> u16 {
        3
    }

    #[allow(dead_code)]
    fn kept_for_later() {}

    pub enum Level {
        Low,
        High,
    }
}

#[warn(dead_code)]
impl Ledger {
    fn new() -> Ledger {
        Ledger { entries: 0, closed: false }
    }
    fn close(&mut self) {
        self.closed = true;
    }
    const LIMIT: u32 = 500;
}

fn main() {
    let l = Ledger::new();
    let f = audit::first();
    println!("{} {}", l.entries, f.code);
}
