// Inventory: a method is called on the wrong type, an associated function is
// called as a method, a method is called through the type with no receiver,
// and an enum variant that does not exist is named.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Category {
    Tool,
    Part,
    Consumable,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    sku: u32,
    stock: u32,
    category: Category,
}

impl Item {
    fn new(sku: u32, category: Category) -> Item {
        Item { sku, stock: 0, category }
    }

    fn restock(&mut self, n: u32) {
        self.stock += n;
    }

    fn is_low(&self) -> bool {
        self.stock < 5
    }
}

fn main() {
    let mut drill = Item::new(1001, Category::Tool);
    drill.restock(3);
    let copy = drill.new(1002, Category::Part);
    let low = drill.sku.is_low();
    let fresh = Item::is_low();
    let glue = Item::new(1003, Category::Adhesive);
    println!("{:?} {} {} {:?}", copy, low, fresh, glue);
}
