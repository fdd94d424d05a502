// lints: dead_code
// An inventory model where several items are never used.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Tool,
    Food,
    Toy,
    Book,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    sku: u32,
    qty: u16,
    price_cents: u32,
    weight_g: u32,
    category: Category,
}

struct Warehouse {
    items: [Item; 3],
    name_code: u16,
    zone: u8,
}

struct Shelf(u8, u16);

struct Unused;

impl Item {
    const MAX_QTY: u16 = 999;
    const MIN_PRICE: u32 = 1;

    fn value(&self) -> u64 {
        self.qty as u64 * self.price_cents as u64
    }

    fn restock(&mut self, n: u16) {
        self.qty = (self.qty + n).min(Self::MAX_QTY);
    }

    fn is_heavy(&self) -> bool {
        self.weight_g > 5000
    }
}

impl Warehouse {
    fn total(&self) -> u64 {
        let mut t = 0;
        for i in self.items.iter() {
            t += i.value();
        }
        t
    }

    fn by_category(&self, c: Category) -> u16 {
        let mut n = 0;
        for i in self.items.iter() {
            if i.category == c {
                n += i.qty;
            }
        }
        n
    }
}

fn main() {
    let w = Warehouse {
        items: [
            Item { sku: 1, qty: 3, price_cents: 250, weight_g: 100, category: Category::Tool },
            Item { sku: 2, qty: 10, price_cents: 99, weight_g: 20, category: Category::Food },
            Item { sku: 3, qty: 1, price_cents: 1999, weight_g: 900, category: Category::Tool },
        ],
        name_code: 7,
        zone: 2,
    };
    let s = Shelf(1, 2);
    println!("{} {} {}", w.total(), w.by_category(Category::Tool), s.0);
    println!("{:?}", w.items[0]);
}
