// Product catalogue types.
pub mod items {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Category {
        Book,
        Music,
        Toy,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Product {
        pub sku: u32,
        pub price_cents: u32,
        pub category: Category,
    }

    impl Product {
        pub fn discounted(&self, percent: u32) -> u32 {
            self.price_cents - self.price_cents * percent / 100
        }
    }
}

pub mod pricing {
    pub const FREE_SHIPPING_CENTS: u32 = 5_000;

    pub fn shipping(total: u32) -> u32 {
        if total >= FREE_SHIPPING_CENTS { 0 } else { 499 }
    }
}
