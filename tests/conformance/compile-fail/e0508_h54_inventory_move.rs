// Inventory exercise: items in a fixed array, restock and pick the cheapest.
#[derive(Debug)]
struct Item {
    name: &'static str,
    price_cents: u32,
    qty: u16,
}

struct Shelf {
    items: [Item; 4],
}

impl Shelf {
    fn stocked() -> Shelf {
        Shelf {
            items: [
                Item { name: "apple", price_cents: 45, qty: 30 },
                Item { name: "bread", price_cents: 250, qty: 5 },
                Item { name: "milk", price_cents: 129, qty: 12 },
                Item { name: "eggs", price_cents: 310, qty: 0 },
            ],
        }
    }

    fn cheapest_index(&self) -> usize {
        let mut best = 0;
        for i in 1..self.items.len() {
            if self.items[i].price_cents < self.items[best].price_cents {
                best = i;
            }
        }
        best
    }

    fn restock(&mut self, min_qty: u16) -> u32 {
        let mut cost = 0;
        for item in self.items.iter_mut() {
            if item.qty < min_qty {
                let missing = min_qty - item.qty;
                cost += missing as u32 * item.price_cents / 2;
                item.qty = min_qty;
            }
        }
        cost
    }

    fn value(&self) -> u32 {
        let mut v = 0;
        for item in &self.items {
            v += item.price_cents * item.qty as u32;
        }
        v
    }
}

fn main() {
    let mut shelf = Shelf::stocked();
    println!("stock value: {}", shelf.value());
    let cost = shelf.restock(10);
    println!("restock cost: {}", cost);
    let idx = shelf.cheapest_index();
    let cheapest = shelf.items[idx];
    println!("cheapest: {} at {}", cheapest.name, cheapest.price_cents);
    println!("stock value now: {}", shelf.value());
}
