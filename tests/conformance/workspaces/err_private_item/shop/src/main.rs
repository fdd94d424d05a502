use inventory::{needs_restock, Stock};

fn main() {
    let mut s = Stock::new(42, 3);
    if needs_restock(&s) {
        s.count += 10;
    }
    println!("sku {} threshold {}", s.sku, inventory::restock_threshold());
    let direct = inventory::stock::Stock::new(1, 1);
    println!("{}", direct.count());
}
