// A small warehouse inventory: restocking calls pass the wrong number of arguments.
#[derive(Debug, Clone, Copy)]
struct Item {
    sku: u32,
    quantity: u32,
    price_cents: u64,
}

impl Item {
    fn new(sku: u32, price_cents: u64) -> Item {
        Item { sku, quantity: 0, price_cents }
    }

    fn restock(&mut self, amount: u32) {
        self.quantity += amount;
    }

    fn value(&self) -> u64 {
        self.quantity as u64 * self.price_cents
    }
}

struct Warehouse {
    items: [Item; 3],
}

impl Warehouse {
    fn total_value(&self) -> u64 {
        let mut total = 0;
        for item in self.items.iter() {
            total += item.value();
        }
        total
    }

    fn find(&self, sku: u32) -> usize {
        let mut index = 0;
        while index < self.items.len() {
            if self.items[index].sku == sku {
                return index;
            }
            index += 1;
        }
        self.items.len()
    }
}

fn main() {
    let mut house = Warehouse {
        items: [Item::new(100, 250), Item::new(101, 1200, 4), Item::new(102, 75)],
    };
    let slot = house.find(101);
    if slot < house.items.len() {
        house.items[slot].restock(10, true);
    }
    let worth: u32 = house.total_value();
    println!("warehouse worth {} cents", worth);
}
