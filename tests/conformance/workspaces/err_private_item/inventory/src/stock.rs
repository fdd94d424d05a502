pub struct Stock {
    pub sku: u32,
    count: u32,
}

impl Stock {
    pub fn new(sku: u32, count: u32) -> Stock {
        Stock { sku, count }
    }

    pub fn count(&self) -> u32 {
        self.count
    }
}
