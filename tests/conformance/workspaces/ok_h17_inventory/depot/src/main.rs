use stock::shelf::slot::Slot;
use stock::{describe, Category, Item, Shelf, SHELF_CAPACITY};
use units::{total, Mm, GRAMS_PER_KG, LABEL, VERSION};

fn main() {
    let mut shelf = Shelf::new();
    let kinds = [Category::Bolt, Category::Plate { thickness: 12 }, Category::Cable(30)];
    for (i, kind) in kinds.iter().enumerate() {
        let item = Item::new(100 + i as u32, *kind, (i as i64 + 1) * 2, 250 * (i as u32 + 1));
        println!("{} -> {}", item.code, describe(item.category));
        shelf.put(item);
    }
    let mut extra = Item::new(999, Category::Bolt, 1, 40);
    let first = extra.reserve();
    let again = extra.reserve();
    println!("reserved {} {} {}", first, again, extra.is_reserved());
    let lengths = [Mm { value: 250 }, Mm { value: 500 }, Mm { value: 750 }];
    println!("total {:.2} m", total(&lengths).metres());
    println!("{} v{} holds {}/{}", LABEL, VERSION, shelf.count(), SHELF_CAPACITY);
    println!("weight {} kg (x{})", shelf.weight().kilos(), GRAMS_PER_KG);
    match Slot::Filled(extra) {
        Slot::Empty => println!("empty"),
        Slot::Filled(it) => println!("{:?} {}", it.category, it.length.value),
    }
}
