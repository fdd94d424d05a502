// Inventory totals: adding counts stored in different widths
struct Item {
    qty: u8,
    price_cents: u32,
}

fn line_total(it: &Item) -> u32 {
    it.qty * it.price_cents
}

fn grand_total(items: &[Item]) -> u64 {
    let mut t: u64 = 0;
    for it in items {
        t = t + line_total(it);
    }
    t
}

fn main() {
    let items = [Item { qty: 2, price_cents: 150 }, Item { qty: 1, price_cents: 999 }];
    let total = grand_total(&items);
    let tax = total as f64 * 0.2;
    let rounded = total + tax;
    println!("{} {}", total, rounded);
    let n: i32 = 5;
    let half = n / 2.0;
    println!("{}", half);
}
