#[derive(Debug)]
struct Item {
    sku: [u8; 4],
    qty: u32,
}

#[derive(Debug)]
enum Shelf {
    Stocked(Item),
    Empty,
}

fn take_item(s: &Shelf) -> Item {
    match *s {
        Shelf::Stocked(item) => item,
        Shelf::Empty => Item { sku: [0; 4], qty: 0 },
    }
}

fn take_item_ref_pattern(s: &Shelf) -> Item {
    match s {
        &Shelf::Stocked(item) => item,
        &Shelf::Empty => Item { sku: [0; 4], qty: 0 },
    }
}

fn count(s: &Shelf) -> u32 {
    match s {
        Shelf::Stocked(item) => item.qty,
        Shelf::Empty => 0,
    }
}

fn main() {
    let s = Shelf::Stocked(Item { sku: *b"A001", qty: 3 });
    println!("{}", count(&s));
    println!("{:?} {:?}", take_item(&s), take_item_ref_pattern(&s));
}
