// A stock report where two names were mistyped: the bindings taken apart
// from the missing values are still checked where they are used later.
struct Item {
    sku: u32,
    count: u16,
    price_cents: u64,
}

fn value_of(item: &Item) -> u64 {
    item.count as u64 * item.price_cents
}

fn restock_level(sku: u32) -> (u16, bool) {
    if sku % 2 == 0 {
        (10, true)
    } else {
        (4, false)
    }
}

fn main() {
    let items = [
        Item { sku: 100, count: 3, price_cents: 250 },
        Item { sku: 101, count: 0, price_cents: 1200 },
    ];
    let mut total = 0;
    for item in itmes.iter() {
        total += value_of(item);
        if item.qty == 0 {
            println!("out of stock: {}", item.sku);
        }
    }
    let (level, urgent) = restok_level(items[0].sku);
    let wanted: u16 = level;
    let flag: u8 = level;
    let &first = frist_item;
    let label: bool = first;
    let digits: u32 = first;
    if let (min, max) = bounds {
        let lo: u64 = min;
        let hi: &str = min;
        println!("{} {} {}", lo, hi, max);
    }
    let (count, sku) = (items[1].count, skew);
    let c: bool = count;
    println!("{} {} {} {} {} {} {} {}", total, wanted, flag, urgent, label, digits, c, sku);
}
