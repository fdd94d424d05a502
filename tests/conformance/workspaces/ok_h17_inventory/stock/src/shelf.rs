pub mod slot;

use crate::Item;
use measure::Grams;

pub const CAPACITY: usize = 4;

pub struct Shelf {
    pub(crate) slots: [slot::Slot; CAPACITY],
    count: usize,
}

impl Shelf {
    pub fn new() -> Shelf {
        Shelf { slots: [slot::Slot::EMPTY; CAPACITY], count: 0 }
    }

    pub fn put(&mut self, item: Item) -> bool {
        if self.count == CAPACITY {
            return false;
        }
        self.slots[self.count] = slot::Slot::Filled(item);
        self.count += 1;
        true
    }

    pub fn weight(&self) -> Grams {
        let mut total = Grams::ZERO;
        for s in self.slots.iter() {
            if let slot::Slot::Filled(item) = s {
                total = total.add(item.weight);
            }
        }
        total
    }

    pub fn count(&self) -> usize {
        self.count
    }
}
