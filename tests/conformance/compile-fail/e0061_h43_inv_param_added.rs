// parameter added to restock, caller not updated, parameter not used yet
#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Tool,
    Food,
    Part,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    id: u32,
    category: Category,
    quantity: u32,
    unit_price: u32,
}

const MAX_ITEMS: usize = 8;

struct Inventory {
    items: [Item; MAX_ITEMS],
    count: usize,
}

impl Inventory {
    fn new() -> Inventory {
        let blank = Item { id: 0, category: Category::Part, quantity: 0, unit_price: 0 };
        Inventory { items: [blank; MAX_ITEMS], count: 0 }
    }

    fn add(&mut self, item: Item) -> bool {
        if self.count == MAX_ITEMS {
            return false;
        }
        self.items[self.count] = item;
        self.count += 1;
        true
    }

    fn total_value(&self) -> u32 {
        let mut total = 0;
        for i in 0..self.count {
            total += self.items[i].quantity * self.items[i].unit_price;
        }
        total
    }

    fn count_in(&self, category: Category) -> u32 {
        let mut n = 0;
        for item in &self.items[..self.count] {
            if item.category == category {
                n += item.quantity;
            }
        }
        n
    }

    fn restock(&mut self, id: u32, amount: u32, max_total: u32) -> bool {
        for i in 0..self.count {
            if self.items[i].id == id {
                self.items[i].quantity += amount;
                return true;
            }
        }
        false
    }
}

fn category_label(c: Category) -> &'static str {
    match c {
        Category::Tool => "tool",
        Category::Food => "food",
        Category::Part => "part",
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add(Item { id: 1, category: Category::Tool, quantity: 3, unit_price: 25 });
    inv.add(Item { id: 2, category: Category::Food, quantity: 40, unit_price: 2 });
    inv.add(Item { id: 3, category: Category::Part, quantity: 12, unit_price: 7 });
    let ok = inv.restock(2, 10);
    println!("restocked: {}", ok);
    println!("total value: {}", inv.total_value());
    for c in [Category::Tool, Category::Food, Category::Part] {
        println!("{}: {}", category_label(c), inv.count_in(c));
    }
}
