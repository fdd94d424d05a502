// Missing semicolons after let statements in a small inventory tally.
struct Item {
    name: &'static str,
    count: u32,
    price: f64,
}

fn total_value(items: &[Item]) -> f64 {
    let mut sum = 0.0
    for it in items {
        sum += it.count as f64 * it.price;
    }
    sum
}

fn main() {
    let items = [
        Item { name: "bolt", count: 40, price: 0.25 },
        Item { name: "nut", count: 55, price: 0.1 },
        Item { name: "washer", count: 12, price: 0.05 },
    ];
    let total = total_value(&items)
    println!("total = {:.2}", total);
    for it in &items {
        println!("{}: {}", it.name, it.count);
    }
}
