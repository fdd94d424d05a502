// Inventory with a field type that does not exist.
#[derive(Debug, Clone, Copy)]
struct Item {
    id: u32,
    weight: Grams,
    count: u16,
}

impl Item {
    fn new(id: u32, weight: u32, count: u16) -> Item {
        Item { id, weight, count }
    }

    fn total_weight(&self) -> u32 {
        self.weight * self.count as u32
    }

    fn is_heavy(&self) -> bool {
        self.weight > 1000
    }
}

fn heaviest(items: &[Item]) -> u32 {
    let mut best = 0;
    for it in items {
        if it.total_weight() > best {
            best = it.total_weight();
        }
    }
    best
}

fn main() {
    let items = [Item::new(1, 250, 4), Item::new(2, 1200, 1), Item::new(3, 80, 10)];
    let h = heaviest(&items);
    let label: &str = h;
    println!("heaviest {}", label);
    for it in items.iter() {
        if it.is_heavy() {
            println!("{} is heavy ({} g)", it.id, it.weight);
        }
    }
    let x: u8 = 300u16;
    println!("{}", x);
}
