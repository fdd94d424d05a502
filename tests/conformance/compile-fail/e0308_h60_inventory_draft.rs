#[derive(Debug, Clone, PartialEq)]
enum Category {
    Tool,
    Food,
    Toy,
}

#[derive(Debug)]
struct Item {
    name: &'static str,
    price: u32,
    qty: u32,
    cat: Category,
}

impl Item {
    fn new(name: &'static str, price: u32, qty: u32, cat: Category) -> Item {
        Item { name, price, quantity: qty, cat }
    }

    fn total(&self) -> u64 {
        self.price * self.qty
    }

    fn restock(&self, n: u32) {
        self.qty += n;
    }
}

fn category_label(c: &Category) -> &'static str {
    match c {
        Category::Tool => "tool",
        Category::Food => "food",
    }
}

fn cheapest(items: &[Item]) -> &Item {
    let mut best = &items[0];
    let unused_counter = 0;
    for it in items {
        if it.price < best.price {
            best = it;
        }
    }
    best
}

fn main() {
    let hammer = Item::new("hammer", 12, 3, Category::Tool);
    let apple = Item::new("apple", 1, 50);
    let items = [hammer, apple];
    let total: u64 = 0;
    for it in &items {
        total += it.total();
    }
    println!("total = {}", total);
    let c = cheapest(&items);
    println!("cheapest: {} ({})", c.name, category_label(&c.category));
    let moved = hammer;
    println!("{:?}", moved);
    let mut label = categry_label(&Category::Toy);
    println!("{}", label);
}
