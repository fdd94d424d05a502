// Inventory ledger: items, stock movements and a running balance.
// The ledger lives in a module with a small public API.

mod ledger {
    pub const CAPACITY: usize = 8;
    const HISTORY: usize = 16;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Kind {
        Purchase,
        Sale,
        Adjustment,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Item {
        pub sku: u32,
        pub name: &'static str,
        qty: i32,
        pub unit_cents: u64,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Movement {
        pub sku: u32,
        pub kind: Kind,
        pub amount: i32,
    }

    pub struct Ledger {
        items: [Item; CAPACITY],
        count: usize,
        history: [Movement; HISTORY],
        hist_len: usize,
        pub rejected: u32,
    }

    impl Item {
        pub fn new(sku: u32, name: &'static str, unit_cents: u64) -> Item {
            Item { sku, name, qty: 0, unit_cents }
        }

        pub fn quantity(&self) -> i32 {
            self.qty
        }

        pub fn value_cents(&self) -> u64 {
            if self.qty <= 0 {
                0
            } else {
                self.qty as u64 * self.unit_cents
            }
        }
    }

    impl Ledger {
        pub fn new() -> Ledger {
            let blank = Item::new(0, "", 0);
            let none = Movement { sku: 0, kind: Kind::Adjustment, amount: 0 };
            Ledger { items: [blank; CAPACITY], count: 0, history: [none; HISTORY], hist_len: 0, rejected: 0 }
        }

        pub fn add_item(&mut self, item: Item) -> bool {
            if self.count == CAPACITY {
                return false;
            }
            self.items[self.count] = item;
            self.count += 1;
            true
        }

        fn find(&self, sku: u32) -> usize {
            let mut i = 0;
            while i < self.count {
                if self.items[i].sku == sku {
                    return i;
                }
                i += 1;
            }
            usize::MAX
        }

        fn record(&mut self, m: Movement) {
            if self.hist_len < HISTORY {
                self.history[self.hist_len] = m;
                self.hist_len += 1;
            }
        }

        pub fn apply(&mut self, m: Movement) -> bool {
            let idx = self.find(m.sku);
            if idx == usize::MAX {
                self.rejected += 1;
                return false;
            }
            let delta = match m.kind {
                Kind::Purchase => m.amount,
                Kind::Sale => -m.amount,
                Kind::Adjustment => m.amount,
            };
            let item = &mut self.items[idx];
            if item.qty + delta < 0 {
                self.rejected += 1;
                return false;
            }
            item.qty += delta;
            self.record(m);
            true
        }

        pub fn total_value(&self) -> u64 {
            let mut sum = 0u64;
            for item in &self.items[..self.count] {
                sum += item.value_cents();
            }
            sum
        }

        pub fn items(&self) -> &[Item] {
            &self.items[..self.count]
        }

        pub fn sales_count(&self) -> usize {
            let mut n = 0;
            for m in self.history[..self.hist_len].iter() {
                if m.kind == Kind::Sale {
                    n += 1;
                }
            }
            n
        }
    }
}

use ledger::{Item, Kind, Ledger, Movement};

fn print_money(cents: u64) {
    println!("${}.{:02}", cents / 100, cents % 100);
}

fn report(l: &Ledger) {
    println!("{:<6} {:<12} {:>5} {:>10}", "sku", "name", "qty", "value");
    for item in l.items() {
        println!(
            "{:<6} {:<12} {:>5} {:>10}",
            item.sku,
            item.name,
            item.qty,
            item.value_cents()
        );
    }
    print!("total: ");
    print_money(l.total_value());
}

fn main() {
    let mut l = Ledger::new();
    l.add_item(Item::new(100, "bolts", 12));
    l.add_item(Item::new(101, "nuts", 8));
    l.add_item(Item::new(205, "washers", 3));
    l.add_item(Item::new(310, "hinges", 450));

    let moves = [
        Movement { sku: 100, kind: Kind::Purchase, amount: 500 },
        Movement { sku: 101, kind: Kind::Purchase, amount: 800 },
        Movement { sku: 100, kind: Kind::Sale, amount: 120 },
        Movement { sku: 999, kind: Kind::Sale, amount: 1 },
        Movement { sku: 310, kind: Kind::Purchase, amount: 10 },
        Movement { sku: 310, kind: Kind::Sale, amount: 11 },
        Movement { sku: 205, kind: Kind::Adjustment, amount: 40 },
    ];
    let mut applied = 0;
    for m in moves {
        if l.apply(m) {
            applied += 1;
        }
    }
    report(&l);
    println!("applied {} of {}, rejected {}", applied, moves.len(), l.rejected);
    println!("sales: {}", l.sales_count());
    let first = l.items()[0];
    if first.quantity() > ledger::CAPACITY as i32 {
        println!("{} is well stocked", first.name);
    }
    let idx = l.find(205);
    println!("washers at slot {}", idx);
}
