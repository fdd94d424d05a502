// lints: arithmetic_overflow unused_mut
// regen: build
// A small warehouse tally whose mutable counters start near their limits.
const SHELF_CAPACITY: u8 = 240;

struct Shelf {
    label: char,
    items: u8,
}

fn restock_small() -> u8 {
    let mut stock: u8 = 250;
    stock += 10;
    stock
}

fn restock_logged() -> u8 {
    let mut stock: u8 = 250;
    println!("restocking from {}", stock);
    stock += 10;
    stock
}

fn adjust_twice() -> u8 {
    let mut level: u8 = SHELF_CAPACITY;
    level -= 1;
    level += 20;
    level
}

fn copy_then_reset() -> u8 {
    let mut pending: u8 = 200;
    let before = pending;
    pending = 100;
    before + pending
}

fn untouched_mut() -> i16 {
    let mut base: i16 = 32000;
    let bumped = base + 1000;
    bumped
}

fn in_loop(shelves: &mut [Shelf; 2]) {
    let mut moved: u8 = 0;
    for i in 0..shelves.len() {
        moved += shelves[i].items;
        shelves[i].items = 0;
    }
    println!("moved {}", moved);
}

fn main() {
    let mut shelves = [Shelf { label: 'a', items: 3 }, Shelf { label: 'b', items: 4 }];
    println!("{}", restock_small());
    println!("{}", restock_logged());
    println!("{}", adjust_twice());
    println!("{}", copy_then_reset());
    println!("{}", untouched_mut());
    in_loop(&mut shelves);
    println!("{} {}", shelves[0].label, shelves[1].items);
}
