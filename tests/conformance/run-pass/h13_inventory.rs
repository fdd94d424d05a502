// Warehouse inventory: enums with discriminants cast with `as`, tuple structs, struct update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    Tools = 10,
    Paint = 20,
    Garden = 35,
    Misc = 99,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Sku(u16, Category);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    sku: Sku,
    qty: u32,
    unit_cents: u32,
    reorder_at: u32,
}

impl Item {
    const TEMPLATE: Item = Item { sku: Sku(0, Category::Misc), qty: 0, unit_cents: 100, reorder_at: 5 };

    fn value(&self) -> u64 {
        self.qty as u64 * self.unit_cents as u64
    }

    fn take(&mut self, n: u32) -> u32 {
        let taken = n.min(self.qty);
        self.qty = self.qty.saturating_sub(n);
        taken
    }
}

fn code(sku: &Sku) -> u32 {
    let Sku(num, cat) = *sku;
    (cat as u32) * 10_000 + num as u32
}

fn restock(items: &mut [Item]) -> u32 {
    let mut ordered = 0;
    for item in items.iter_mut() {
        if item.qty <= item.reorder_at {
            let amount = (item.reorder_at * 3).saturating_sub(item.qty);
            item.qty += amount;
            ordered += amount;
        }
    }
    ordered
}

fn main() {
    let mut stock = [
        Item { sku: Sku(1, Category::Tools), qty: 12, unit_cents: 1_599, ..Item::TEMPLATE },
        Item { sku: Sku(2, Category::Paint), qty: 3, ..Item::TEMPLATE },
        Item { sku: Sku(7, Category::Garden), unit_cents: 4_250, reorder_at: 2, ..Item::TEMPLATE },
        Item { qty: 40, ..Item::TEMPLATE },
    ];
    let orders: [(usize, u32); 5] = [(0, 5), (1, 10), (3, 39), (0, 6), (2, 1)];
    for (idx, want) in orders {
        let item = &mut stock[idx];
        let got = item.take(want);
        println!("order #{idx}: want {want:>3}, got {got:>3}, left {:>3}", item.qty);
    }
    let ordered = restock(&mut stock);
    println!("restocked {ordered} units");
    let mut total = 0u64;
    for it in stock.iter() {
        total += it.value();
        println!("{:>7} {:<8} {:>4} x {:>6.2} = {:>9.2}", code(&it.sku), format_cat(it.sku.1), it.qty,
                 it.unit_cents as f64 / 100.0, it.value() as f64 / 100.0);
    }
    println!("total ${}.{:02}", total / 100, total % 100);
    let cats = [Category::Misc, Category::Tools, Category::Garden, Category::Paint];
    let mut best = cats[0];
    for &c in &cats[1..] {
        if c < best {
            best = c;
        }
    }
    println!("lowest category {:?} = {}, as i8 {}", best, best as u8, Category::Misc as i8);
    println!("{:#?}", stock[1].sku);
}

fn format_cat(c: Category) -> &'static str {
    match c {
        Category::Tools => "tools",
        Category::Paint => "paint",
        Category::Garden => "garden",
        Category::Misc => "misc",
    }
}
