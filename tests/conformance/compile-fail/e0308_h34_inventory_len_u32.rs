// Inventory restock report: a C programmer keeps counts in u32 and mixes
// them with the usize that `.len()` returns.

#[derive(Debug, Clone, Copy)]
struct Item {
    sku: u32,
    on_hand: u32,
    reorder_at: u32,
}

const STOCK: [Item; 4] = [
    Item { sku: 1001, on_hand: 12, reorder_at: 5 },
    Item { sku: 1002, on_hand: 3, reorder_at: 10 },
    Item { sku: 1003, on_hand: 0, reorder_at: 2 },
    Item { sku: 1004, on_hand: 40, reorder_at: 20 },
];

fn total_units(items: &[Item]) -> u32 {
    let mut total = 0;
    for item in items {
        total += item.on_hand;
    }
    total
}

fn low_stock_count(items: &[Item]) -> u32 {
    let mut n: usize = 0;
    for item in items.iter() {
        if item.on_hand < item.reorder_at {
            n += 1;
        }
    }
    n
}

fn average_units(items: &[Item]) -> u32 {
    let total = total_units(items);
    total / items.len()
}

fn main() {
    let total = total_units(&STOCK);
    let low = low_stock_count(&STOCK);
    let slots: u32 = STOCK.len();
    println!("{} units in {} slots, {} low", total, slots, low);
    println!("average {}", average_units(&STOCK));
    for item in STOCK {
        println!("sku {} has {}", item.sku, item.on_hand);
    }
}
