// Same catalogue idea, but the binary reaches into private fields and methods.
mod shop {
    #[derive(Debug, Clone, Copy)]
    pub struct Item {
        pub name: &'static str,
        price_cents: u32,
        stock: u16,
    }

    impl Item {
        pub fn new(name: &'static str, price_cents: u32) -> Item {
            Item { name, price_cents, stock: 10 }
        }

        pub fn price(&self) -> u32 {
            self.price_cents
        }

        fn discount(&mut self, percent: u32) {
            self.price_cents = self.price_cents * (100 - percent) / 100;
        }

        pub fn sale(&mut self) {
            self.discount(20);
        }
    }

    pub struct Cart {
        pub items: [Item; 3],
        total: u32,
    }

    impl Cart {
        pub fn fill(items: [Item; 3]) -> Cart {
            let mut total = 0;
            for it in items {
                total += it.price();
            }
            Cart { items, total }
        }

        pub fn total(&self) -> u32 {
            self.total
        }
    }
}

use shop::{Cart, Item};

fn main() {
    let mut pen = Item::new("pen", 250);
    pen.sale();
    let book = Item::new("book", 1999);
    let lamp = Item::new("lamp", 4500);
    // mistake: private field read
    println!("lamp stock {}", lamp.stock);
    let cart = Cart::fill([pen, book, lamp]);
    // mistake: private field instead of the getter
    println!("cart total {} cents", cart.total);
    println!("cart total {} cents", cart.total());
    let mut extra = cart.items[2];
    // mistake: private method
    extra.discount(50);
    println!("{} now {}", extra.name, extra.price());
}
