// Valid program: inventory with nested items, consts and impls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Tool,
    Part,
    Misc,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    id: u16,
    cat: Category,
    qty: u32,
    unit_cost: f32,
}

impl Item {
    const LOW_STOCK: u32 = 5;

    fn value(&self) -> f64 {
        self.qty as f64 * self.unit_cost as f64
    }

    fn is_low(&self) -> bool {
        self.qty < Self::LOW_STOCK
    }
}

fn summarize(items: &[Item]) -> (u32, f64, usize) {
    fn weight(c: Category) -> u32 {
        match c {
            Category::Tool => 3,
            Category::Part => 2,
            Category::Misc => 1,
        }
    }
    let mut score = 0;
    let mut total = 0.0;
    let mut low = 0;
    for it in items {
        score += weight(it.cat) * it.qty;
        total += it.value();
        if it.is_low() {
            low += 1;
        }
    }
    (score, total, low)
}

fn main() {
    let items = [
        Item { id: 1, cat: Category::Tool, qty: 3, unit_cost: 12.5 },
        Item { id: 2, cat: Category::Part, qty: 40, unit_cost: 0.25 },
        Item { id: 3, cat: Category::Misc, qty: 7, unit_cost: 1.0 },
    ];
    let (score, total, low) = summarize(&items);
    println!("score={} total={:.2} low={}", score, total, low);
    let mut best = items[0];
    for it in &items[1..] {
        if it.cat > best.cat || (it.cat == best.cat && it.id < best.id) {
            best = *it;
        }
    }
    println!("{:?} {}", best.cat, best.id);
    let pair = ((1u8, 2u8), (3u8, 4u8));
    println!("{}", pair.0 .1 + (pair.1).0);
}
