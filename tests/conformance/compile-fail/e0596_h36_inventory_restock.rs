// Warehouse inventory: bins restocked through &mut methods, bindings left immutable.
const BINS: usize = 6;

#[derive(Debug, Clone, Copy)]
struct Bin {
    sku: u32,
    qty: u16,
    reorder_at: u16,
}

struct Warehouse {
    bins: [Bin; BINS],
    shipments: u32,
}

impl Warehouse {
    fn new() -> Warehouse {
        let mut bins = [Bin { sku: 0, qty: 0, reorder_at: 5 }; BINS];
        for i in 0..BINS {
            bins[i].sku = 1000 + i as u32;
            bins[i].qty = (i as u16 * 7) % 11;
        }
        Warehouse { bins, shipments: 0 }
    }

    fn take(&mut self, sku: u32, qty: u16) -> bool {
        for b in &mut self.bins {
            if b.sku == sku && b.qty >= qty {
                b.qty -= qty;
                return true;
            }
        }
        false
    }

    fn restock(&mut self, amount: u16) -> u32 {
        let mut restocked = 0;
        for b in &mut self.bins {
            if b.qty <= b.reorder_at {
                b.qty = b.qty.saturating_add(amount);
                restocked += 1;
            }
        }
        self.shipments += 1;
        restocked
    }

    fn low_stock(&self) -> usize {
        let mut n = 0;
        for b in &self.bins {
            if b.qty <= b.reorder_at {
                n += 1;
            }
        }
        n
    }
}

fn fill(bins: &[Bin], report: &mut [u16; BINS]) {
    for (i, b) in bins.iter().enumerate() {
        report[i] = b.qty;
    }
}

fn main() {
    // mistake: `house` should be `let mut`
    let house = Warehouse::new();
    println!("{} bins low", house.low_stock());
    let ok = house.take(1003, 2);
    println!("took 2 of sku 1003: {}", ok);
    let report = [0u16; BINS];
    // mistake: report is not mutable either
    fill(&house.bins, &mut report);
    println!("{:?}", report);
    let mut second = Warehouse::new();
    let n = second.restock(20);
    println!("restocked {} bins after {} shipments", n, second.shipments);
}
