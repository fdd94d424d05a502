// lints: dead_code
#[derive(Debug)]
struct Item {
    name: &'static str,
    qty: u32,
    price_cents: u64,
    sku: u32,
}

enum Category {
    Tool,
    Food,
    Toy,
    Unknown(u8),
}

struct Warehouse {
    items: [Item; 2],
    capacity: u32,
}

const MAX_QTY: u32 = 999;
const UNUSED_LIMIT: u32 = 5;
static REGION: &str = "north";
static OLD_REGION: &str = "south";

impl Warehouse {
    const SHELVES: u32 = 12;
    const DOCKS: u32 = 3;

    fn new() -> Warehouse {
        Warehouse {
            items: [
                Item { name: "hammer", qty: 3, price_cents: 1299, sku: 1 },
                Item { name: "apple", qty: 40, price_cents: 50, sku: 2 },
            ],
            capacity: 100,
        }
    }

    fn total_qty(&self) -> u32 {
        self.items[0].qty + self.items[1].qty
    }

    fn restock(&mut self, n: u32) {
        self.items[0].qty += n;
    }

    fn shelves() -> u32 {
        Self::SHELVES
    }
}

fn categorize(name: &str) -> Category {
    if name == "hammer" {
        Category::Tool
    } else {
        Category::Food
    }
}

fn helper_only_used_by_dead() -> u32 {
    7
}

fn dead_caller() -> u32 {
    helper_only_used_by_dead() + UNUSED_LIMIT
}

mod legacy {
    pub fn convert(x: u32) -> u32 {
        x * 2
    }
    fn private_dead() {}
}

struct Marker;

fn main() {
    let w = Warehouse::new();
    println!("{}", w.total_qty());
    println!("{}", Warehouse::shelves());
    println!("{}", MAX_QTY);
    println!("{}", REGION);
    println!("{}", w.items[1].name);
    match categorize("apple") {
        Category::Tool => println!("tool"),
        Category::Food => println!("food"),
        Category::Toy => println!("toy"),
        Category::Unknown(n) => println!("{}", n),
    }
}
