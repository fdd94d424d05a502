pub use inventory::{Grade, Item as Product, Tag};

pub mod pricing {
    use inventory::*;

    pub fn price(t: Tag, g: Grade) -> u32 {
        match g {
            Grade::Fresh => t.price,
            Grade::Good => t.price * 9 / 10,
            Grade::Worn | Grade::Broken => t.price / 2,
        }
    }
}

#[derive(Debug)]
pub struct Order {
    pub item: Product,
    pub qty: u32,
}

impl Order {
    pub fn new(item: Product, qty: u32) -> Order {
        Order { item, qty }
    }

    pub fn bump(&mut self) {
        self.qty += 1;
    }
}

pub fn ship(o: Order) -> u32 {
    pricing::price(o.item.tag, o.item.grade) * o.qty
}
