// A C++-style `->` member access at the start of a continued method chain.
struct Order {
    quantity: u32,
    price: u32,
}

fn total(orders: &[Order]) -> u32 {
    orders
        ->iter()
        .map(|o| o.quantity * o.price)
        .sum()
}

fn main() {
    let orders = [Order { quantity: 2, price: 5 }, Order { quantity: 1, price: 7 }];
    println!("total {}", total(&orders));
}
