// A smart fridge under `#![deny(unused)]`, with a method that does not exist.
#![deny(unused)]

mod shelf {
    pub struct Item {
        pub name: &'static str,
        pub days_left: i32,
        grams: u32,
    }

    impl Item {
        pub fn new(name: &'static str, days_left: i32, grams: u32) -> Item {
            Item { name, days_left, grams }
        }

        pub fn weight(&self) -> u32 {
            self.grams
        }
    }
}

use shelf::Item;

#[allow(unused_variables)]
fn expiring(items: &[Item; 3]) -> u32 {
    let threshold = 2;
    let mut n = 0;
    for it in items {
        if it.days_left <= 1 {
            n += 1;
        }
    }
    n
}

fn total_grams(items: &[Item; 3]) -> u32 {
    let mut sum = 0;
    let mut heaviest = 0;
    for it in items {
        sum += it.weight();
    }
    sum
}

fn main() {
    let items = [
        Item::new("milk", 1, 1000),
        Item::new("cheese", 12, 250),
        Item::new("lettuce", 0, 300),
    ];
    println!("{} expiring, {} g", expiring(&items), total_grams(&items));
    items[0].discard();
    println!("{}", items[1].grams);
    println!("{}", Item::FRESH_DAYS);
}
