// lints: dead_code
// An inventory module whose API grew faster than its callers.
mod store {
    #[derive(Debug)]
    pub struct Item {
        pub name: &'static str,
        qty: u32,
        supplier_code: u16,
        notes: &'static str,
    }

    #[derive(Clone, Copy)]
    pub enum Status {
        InStock,
        Low,
        Discontinued,
        Backordered { eta_days: u8 },
    }

    pub(crate) struct Ledger(pub u32, pub u64);

    impl Item {
        pub fn new(name: &'static str, qty: u32) -> Item {
            Item { name, qty, supplier_code: 0, notes: "" }
        }

        pub fn status(&self) -> Status {
            if self.qty == 0 { Status::Backordered { eta_days: 3 } } else if self.qty < 5 { Status::Low } else { Status::InStock }
        }

        fn audit(&self) -> bool {
            self.supplier_code != 0
        }

        pub(crate) const REORDER: u32 = 5;
        const MAX_SHELF: u32 = 200;
    }

    pub fn ledger_total(l: &Ledger) -> u32 {
        l.0
    }

    fn legacy_import() -> u32 {
        7
    }

    const LEGACY_LIMIT: u32 = 99;
    static SECRET: u8 = 1;
}

use store::{Item, Status};

type Count = u32;
type Unused = i64;

fn classify(s: Status) -> &'static str {
    match s {
        Status::InStock => "ok",
        Status::Low => "low",
        Status::Discontinued => "gone",
        Status::Backordered { .. } => "waiting",
    }
}

fn main() {
    let items = [Item::new("bolt", 40), Item::new("nut", 2), Item::new("gear", 0)];
    let mut n: Count = 0;
    for it in &items {
        println!("{:<6} {}", it.name, classify(it.status()));
        n += 1;
    }
    let l = store::Ledger(n, 0);
    println!("{} {}", store::ledger_total(&l), Item::REORDER);
    println!("{:?}", items[0]);
}
