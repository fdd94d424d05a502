// An inventory walked through references: `match &place`, `ref`/`ref mut`
// bindings, and moves only out of owned locals.
#[derive(Debug)]
struct Lot {
    batch: u32,
    units: u32,
}

#[derive(Debug)]
enum Stock {
    InHouse(Lot),
    Ordered { lot: Lot, eta_days: u8 },
    Discontinued,
}

struct Warehouse {
    items: [Stock; 4],
    audits: u32,
}

impl Warehouse {
    fn units(&self) -> u32 {
        let mut total = 0;
        for s in &self.items {
            total += match s {
                Stock::InHouse(lot) => lot.units,
                Stock::Ordered { lot, .. } => lot.units,
                Stock::Discontinued => 0,
            };
        }
        total
    }

    fn soonest(&self) -> u8 {
        let mut best = u8::MAX;
        for i in 0..self.items.len() {
            if let Stock::Ordered { eta_days, .. } = self.items[i] {
                best = best.min(eta_days);
            }
        }
        best
    }

    fn receive(&mut self) -> u32 {
        let mut received = 0;
        for s in self.items.iter_mut() {
            if let Stock::Ordered { ref mut lot, ref mut eta_days } = *s {
                if *eta_days <= 2 {
                    lot.units += 1;
                    *eta_days = 0;
                    received += 1;
                }
            }
        }
        self.audits += 1;
        received
    }

    fn batches(&self) -> [u32; 4] {
        let mut out = [0; 4];
        for (i, s) in self.items.iter().enumerate() {
            out[i] = match *s {
                Stock::InHouse(Lot { batch, .. }) | Stock::Ordered { lot: Lot { batch, .. }, .. } => batch,
                Stock::Discontinued => 0,
            };
        }
        out
    }
}

fn main() {
    let mut w = Warehouse {
        items: [
            Stock::InHouse(Lot { batch: 11, units: 40 }),
            Stock::Ordered { lot: Lot { batch: 12, units: 5 }, eta_days: 2 },
            Stock::Discontinued,
            Stock::Ordered { lot: Lot { batch: 13, units: 9 }, eta_days: 6 },
        ],
        audits: 0,
    };
    println!("units {} soonest {}", w.units(), w.soonest());
    println!("received {} audits {}", w.receive(), w.audits);
    println!("batches {:?}", w.batches());
    let Warehouse { items, audits } = w;
    let [first, _, _, last] = items;
    match first {
        Stock::InHouse(lot) => println!("first lot {:?} after {} audits", lot, audits),
        other => println!("{:?}", other),
    }
    if let Stock::Ordered { lot, eta_days } = last {
        println!("last {} {} {}", lot.batch, lot.units, eta_days);
    }
}
