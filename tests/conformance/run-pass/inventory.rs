// Warehouse inventory with fixed slots, restocking and a low-stock report.
#[derive(Debug, Clone, Copy)]
struct Item {
    sku: u32,
    name: &'static str,
    quantity: u32,
    reorder_at: u32,
    unit_cents: u64,
}

struct Warehouse {
    items: [Item; 5],
}

impl Warehouse {
    fn find_mut(&mut self, sku: u32) -> &mut Item {
        for i in 0..self.items.len() {
            if self.items[i].sku == sku {
                return &mut self.items[i];
            }
        }
        panic!("unknown sku {}", sku);
    }

    fn ship(&mut self, sku: u32, count: u32) -> u32 {
        let item = self.find_mut(sku);
        let shipped = count.min(item.quantity);
        item.quantity -= shipped;
        shipped
    }

    fn value_cents(&self) -> u64 {
        let mut total = 0;
        for item in &self.items {
            total += item.quantity as u64 * item.unit_cents;
        }
        total
    }
}

fn main() {
    let mut w = Warehouse {
        items: [
            Item { sku: 101, name: "bolt", quantity: 400, reorder_at: 100, unit_cents: 12 },
            Item { sku: 102, name: "nut", quantity: 380, reorder_at: 100, unit_cents: 8 },
            Item { sku: 200, name: "bracket", quantity: 25, reorder_at: 10, unit_cents: 245 },
            Item { sku: 310, name: "hinge", quantity: 60, reorder_at: 20, unit_cents: 199 },
            Item { sku: 420, name: "panel", quantity: 8, reorder_at: 5, unit_cents: 1599 },
        ],
    };
    let orders = [(101, 150), (200, 20), (420, 9), (102, 300), (310, 45)];
    for (sku, count) in orders {
        let shipped = w.ship(sku, count);
        println!("order sku {} x{}: shipped {}", sku, count, shipped);
    }
    println!("stock value: ${}.{:02}", w.value_cents() / 100, w.value_cents() % 100);
    for item in w.items.iter() {
        if item.quantity <= item.reorder_at {
            println!("reorder {:<8} (sku {}, {} left)", item.name, item.sku, item.quantity);
        }
    }
    let w2 = w.items[0];
    println!("{:?}", w2);
}
