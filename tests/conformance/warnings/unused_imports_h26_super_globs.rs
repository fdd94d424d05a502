// lints: unused_imports dead_code
// Inventory modules that import more than they use.
mod units {
    pub const GRAMS_PER_KG: u32 = 1000;
    pub const ML_PER_L: u32 = 1000;

    pub fn kg(g: u32) -> u32 {
        g / GRAMS_PER_KG
    }
}

mod stock {
    use super::*;
    use super::units::{kg, ML_PER_L};
    use super::units::GRAMS_PER_KG as G;

    #[derive(Debug, Clone, Copy)]
    pub struct Item {
        pub sku: u32,
        pub grams: u32,
        pub shelf: u8,
    }

    pub fn heavy(items: &[Item]) -> u32 {
        let mut n = 0;
        for i in items {
            if kg(i.grams) >= 2 {
                n += 1;
            }
        }
        n
    }

    pub fn relabel(item: &mut Item, sku: u32) {
        item.sku = sku;
    }
}

mod report {
    pub(super) use super::stock::Item;

    pub fn line(i: &Item) {
        println!("{} {}g", i.sku, i.grams);
    }
}

use stock::Item;

fn main() {
    let items = [Item { sku: 1, grams: 2500, shelf: 1 }, Item { sku: 2, grams: 900, shelf: 2 }];
    for i in &items {
        report::line(i);
    }
    println!("heavy {}", stock::heavy(&items));
}
