// Inventory valuation done right: explicit casts between u32, usize, u64, f64.

#[derive(Debug, Clone, Copy)]
struct Item {
    sku: u32,
    qty: u16,
    price_cents: u32,
}

const ITEMS: [Item; 5] = [
    Item { sku: 501, qty: 12, price_cents: 1_999 },
    Item { sku: 502, qty: 0, price_cents: 499 },
    Item { sku: 503, qty: 250, price_cents: 15 },
    Item { sku: 504, qty: 7, price_cents: 129_900 },
    Item { sku: 505, qty: 3, price_cents: 4_250 },
];

fn value_cents(items: &[Item]) -> u64 {
    let mut total = 0;
    for it in items {
        total += it.qty as u64 * it.price_cents as u64;
    }
    total
}

fn out_of_stock(items: &[Item]) -> usize {
    let mut n = 0;
    for it in items.iter() {
        if it.qty == 0 {
            n += 1;
        }
    }
    n
}

fn avg_price(items: &[Item]) -> f64 {
    let mut sum = 0u64;
    for it in items {
        sum += it.price_cents as u64;
    }
    sum as f64 / items.len() as f64 / 100.0
}

fn main() {
    let total = value_cents(&ITEMS);
    println!("stock value: ${}.{:02}", total / 100, total % 100);
    let missing = out_of_stock(&ITEMS);
    let in_stock = ITEMS.len() - missing;
    println!("{} of {} skus in stock", in_stock, ITEMS.len());
    println!("average price {:.2}", avg_price(&ITEMS));
    let idx: u32 = 3;
    let it = ITEMS[idx as usize];
    println!("{:>6} {:>4} {:>8}", it.sku, it.qty, it.price_cents);
    let share = it.qty as f64 / ITEMS.len() as f64;
    println!("share {:.3}", share);
    let signed_delta = it.qty as i32 - 10;
    println!("delta {:+}", signed_delta);
}
