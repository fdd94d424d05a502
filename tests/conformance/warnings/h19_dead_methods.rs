// lints: dead_code
// An inventory type with methods and associated consts that nothing calls.
struct Inventory {
    items: [u32; 8],
    used: usize,
}

impl Inventory {
    const CAPACITY: usize = 8;
    const RESTOCK_LEVEL: u32 = 2;
    pub const VERSION: u32 = 3;

    fn new() -> Inventory {
        Inventory { items: [0; 8], used: 0 }
    }

    fn add(&mut self, qty: u32) -> bool {
        if self.used == Self::CAPACITY {
            return false;
        }
        self.items[self.used] = qty;
        self.used += 1;
        true
    }

    fn total(&self) -> u32 {
        let mut sum = 0;
        for i in 0..self.used {
            sum += self.items[i];
        }
        sum
    }

    fn needs_restock(&self) -> bool {
        self.total() < Self::RESTOCK_LEVEL
    }

    fn clear(&mut self) {
        self.used = 0;
    }

    pub fn is_full(&self) -> bool {
        self.used == Self::CAPACITY
    }
}

impl Inventory {
    fn debug_dump(&self) {
        println!("{:?}", self.items);
    }

    const fn slot_size() -> usize {
        4
    }
}

struct Audit;

impl Audit {
    fn run(inv: &Inventory) -> u32 {
        inv.total()
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add(3);
    inv.add(4);
    println!("{}", inv.total());
}
