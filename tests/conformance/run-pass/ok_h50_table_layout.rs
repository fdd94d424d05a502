// Print a small inventory table with aligned columns.
#[derive(Debug, Clone, Copy)]
struct Item {
    id: u32,
    price: f64,
    qty: i32,
}

fn total(items: &[Item]) -> f64 {
    let mut sum = 0.0;
    for it in items {
        sum += it.price * it.qty as f64;
    }
    sum
}

fn main() {
    let items = [
        Item { id: 7, price: 3.5, qty: 12 },
        Item { id: 42, price: 19.99, qty: 1 },
        Item { id: 1003, price: 0.25, qty: 400 },
    ];
    println!("{:<6}|{:>10}|{:^7}", "id", "price", "qty");
    println!("{:-<6}+{:-<10}+{:-<7}", "", "", "");
    for it in items.iter() {
        println!("{:<6}|{:>10.2}|{:^7}", it.id, it.price, it.qty);
    }
    let t = total(&items);
    println!("{:>17.3}", t);
    let width = 12;
    println!("[{:>width$}]", "right");
    println!("[{:<width$}]", "left", width = 8);
    println!("[{:*^1$}]", "mid", width);
    println!("[{:.*}]", 3, 2.718281828);
    println!("[{:>1$.2$}]", 1.0f64 / 3.0, 10, 4);
}
