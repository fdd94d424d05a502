// Inventory report: methods are reached through &, &mut and && receivers.
#[derive(Debug, Clone, Copy)]
struct Item {
    sku: u32,
    qty: u16,
    price_cents: u32,
}

impl Item {
    fn value(&self) -> u64 {
        self.qty as u64 * self.price_cents as u64
    }

    fn restock(&mut self, amount: u16) {
        self.qty += amount;
    }
}

struct Shelf {
    items: [Item; 3],
}

impl Shelf {
    fn total(&self) -> u64 {
        let mut sum = 0;
        for item in &self.items {
            sum += item.value();
        }
        sum
    }

    fn lowest(&self) -> &Item {
        let mut best = &self.items[0];
        for item in self.items.iter() {
            if item.qty < best.qty {
                best = item;
            }
        }
        best
    }
}

fn report(shelf: &&Shelf) -> u64 {
    let low = shelf.lowest();
    println!("lowest sku {} ({} left)", low.sku, low.qty);
    shelf.total() + shelf.items.len() as u64
}

fn main() {
    let mut shelf = Shelf {
        items: [
            Item { sku: 100, qty: 4, price_cents: 250 },
            Item { sku: 101, qty: 1, price_cents: 1200 },
            Item { sku: 102, qty: 9, price_cents: 75 },
        ],
    };
    let first = &mut shelf.items[0];
    first.restock(6);
    let view = &shelf;
    println!("total {}", report(&view));
    let low = view.lowest();
    println!("low value {}", low.value_in_euros());
    println!("count {}", view.count());
    let copy = *low;
    copy.restock(1);
}
