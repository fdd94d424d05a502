// Inventory items whose fields are visible only in some modules.
mod store {
    pub mod item {
        pub struct Item {
            pub name: &'static str,
            pub(super) price: u32,
            pub(crate) stock: u32,
            secret_cost: u32,
        }

        impl Item {
            pub fn new(name: &'static str, price: u32) -> Item {
                Item { name, price, stock: 0, secret_cost: price / 2 }
            }

            pub fn margin(&self) -> u32 {
                self.price - self.secret_cost
            }
        }

        pub struct Code(pub u16, u16);

        pub fn code() -> Code {
            Code(1, 2)
        }
    }

    pub fn price_of(i: &item::Item) -> u32 {
        i.price + i.stock
    }

    pub fn cost_of(i: &item::Item) -> u32 {
        i.secret_cost
    }
}

fn main() {
    let mut it = store::item::Item::new("bolt", 12);
    it.stock += 3;
    println!("{} {}", it.name, it.stock);
    println!("{}", it.price);
    println!("{}", it.secret_cost);
    let c = store::item::code();
    println!("{} {}", c.0, c.1);
    println!("{} {} {}", store::price_of(&it), store::cost_of(&it), it.margin());
}
