use crate::catalog::Item;
use crate::pricing;

pub struct Cart {
    prices: [u32; 4],
    count: usize,
}

impl Cart {
    pub fn new() -> Cart {
        Cart { prices: [0; 4], count: 0 }
    }

    pub fn add(&mut self, item: &Item) -> bool {
        if self.count == self.prices.len() {
            return false;
        }
        self.prices[self.count] = item.price;
        self.count += 1;
        true
    }

    pub fn total(&self) -> u32 {
        let mut sum = 0;
        for i in 0..self.count {
            sum += self.prices[i];
        }
        pricing::discount(sum, self.count as u32)
    }

    pub(crate) fn clear(&mut self) {
        self.count = 0;
    }
}
