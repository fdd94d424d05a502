// An inventory whose item fields are private outside the `stock` module.
mod stock {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Item {
        pub sku: u32,
        quantity: u32,
        pub(crate) price_cents: u64,
        cost_cents: u64,
    }

    impl Item {
        pub fn new(sku: u32, quantity: u32, price_cents: u64) -> Item {
            Item { sku, quantity, price_cents, cost_cents: price_cents / 2 }
        }

        pub fn quantity(&self) -> u32 {
            self.quantity
        }

        pub fn restock(&mut self, n: u32) {
            self.quantity += n;
        }
    }

    pub struct Shelf(pub Item, Item);

    pub fn shelf(a: Item, b: Item) -> Shelf {
        Shelf(a, b)
    }
}

use stock::Item;

fn total_value(items: &[Item]) -> u64 {
    let mut total = 0;
    for it in items {
        total += it.price_cents * it.quantity as u64;
    }
    total
}

fn main() {
    let mut items = [Item::new(1, 4, 250), Item::new(2, 0, 1200)];
    items[1].restock(3);
    println!("value: {}", total_value(&items));
    let margin = items[0].price_cents - items[0].cost_cents;
    let s = stock::shelf(items[0], items[1]);
    println!("{} {} {}", margin, s.0.sku, s.1.sku);
    println!("{}", items[0].quantity());
}
