mod item {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Item {
        pub sku: u32,
        pub qty: u16,
        pub price_cents: u32,
    }

    impl Item {
        pub const EMPTY: Item = Item { sku: 0, qty: 0, price_cents: 0 };

        pub fn value(&self) -> u64 {
            self.qty as u64 * self.price_cents as u64
        }

        pub fn restock(&mut self, n: u16) -> &mut Self {
            self.qty = self.qty.saturating_add(n);
            self
        }
    }
}

pub mod shelf {
    use crate::item::Item;

    pub const SLOTS: usize = 4;

    pub struct Shelf {
        pub items: [Item; SLOTS],
        used: usize,
    }

    impl Shelf {
        pub fn new() -> Shelf {
            Shelf { items: [Item::EMPTY; SLOTS], used: 0 }
        }

        pub fn put(&mut self, it: Item) -> bool {
            if self.used == SLOTS {
                return false;
            }
            self.items[self.used] = it;
            self.used += 1;
            true
        }

        pub fn total(&self) -> u64 {
            fn sum(xs: &[Item]) -> u64 {
                let mut t = 0;
                for x in xs {
                    t += x.value();
                }
                t
            }
            sum(&self.items[..self.used])
        }

        pub fn used(&self) -> usize {
            self.used
        }
    }
}

pub use item::Item;
pub use shelf::{Shelf, SLOTS as CAPACITY};
