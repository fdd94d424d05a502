#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub id: u32,
    pub(crate) price: u32,
    stock: u32,
}

impl Item {
    pub fn price(&self) -> u32 {
        self.price
    }

    pub fn in_stock(&self) -> bool {
        self.stock > 0
    }

    fn restock(&mut self, n: u32) {
        self.stock += n;
    }
}

pub fn find(id: u32) -> Item {
    let mut it = Item { id, price: 100 + id * 5, stock: 0 };
    if id % 2 == 0 {
        it.restock(4);
    }
    it
}
