// Nested modules where a type path is wrong; items are used across modules.
mod store {
    pub mod model {
        #[derive(Debug, Clone, Copy)]
        pub struct Product {
            pub sku: u32,
            pub price: super::money::Cents,
        }
    }

    pub mod money {
        pub type Cents = u64;

        pub fn fmt_total(c: Cents) -> u64 {
            c / 100
        }
    }

    pub fn restock(p: &model::Product, n: u32) -> crate::store::model::Stock {
        p.sku + n
    }
}

use store::model::Product;

fn main() {
    let p = Product { sku: 11, price: 1999 };
    let dollars = store::money::fmt_total(p.price);
    let s = store::restock(&p, 3);
    let flag: bool = dollars;
    let t = store::money::to_cents(5);
    println!("{:?} {} {} {}", p, flag, s, t);
}
