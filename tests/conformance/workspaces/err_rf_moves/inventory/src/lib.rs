pub const SLOTS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tag {
    pub code: u16,
    pub price: u32,
}

impl Tag {
    pub fn discounted(self, pct: u32) -> Tag {
        Tag { code: self.code, price: self.price * (100 - pct) / 100 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    Fresh,
    Good,
    Worn,
    Broken,
}

#[derive(Debug)]
pub struct Item {
    pub name: &'static str,
    pub tag: Tag,
    pub grade: Grade,
    pub stock: [u8; SLOTS],
}

impl Item {
    pub fn new(name: &'static str, tag: Tag, grade: Grade) -> Item {
        Item { name, tag, grade, stock: [0; SLOTS] }
    }

    pub fn restock(&mut self, slot: usize, n: u8) {
        self.stock[slot] += n;
    }

    pub fn count(&self) -> u32 {
        let mut total = 0;
        for n in self.stock {
            total += n as u32;
        }
        total
    }
}
