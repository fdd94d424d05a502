// The public face of the shop: re-exports the catalogue.
pub use catalog as db;
pub use catalog::items::{Category, Product as Item};
pub use catalog::pricing::*;

mod internal {
    pub use catalog::items::Product;

    pub fn tax(cents: u32) -> u32 {
        cents / 5
    }
}

pub(crate) use internal::tax;

pub mod checkout {
    pub use super::Item;
    pub use crate::shipping as ship_cost;

    pub fn total(items: &[Item]) -> u32 {
        let mut sum = 0;
        for item in items {
            sum += item.price_cents;
        }
        sum + super::tax(sum) + ship_cost(sum)
    }
}
