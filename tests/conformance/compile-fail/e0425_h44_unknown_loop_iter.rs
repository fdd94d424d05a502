// Loops over values from unknown functions; loop variables used afterwards.
struct Order {
    qty: u32,
    price: u32,
}

fn subtotal(o: &Order) -> u32 {
    o.qty * o.price
}

fn main() {
    let orders = [Order { qty: 2, price: 10 }, Order { qty: 1, price: 99 }];
    let mut total = 0;
    for o in load_orders() {
        total += subtotal(&o);
        total += o.discount;
    }
    for (i, o) in orders.iter().enumerate() {
        let line = subtotal(o) + i;
        println!("{}", line);
    }
    for k in 0..count_orders() {
        total += k;
    }
    while let Order { qty, .. } = next_order() {
        total += qty;
    }
    let t: &str = total;
    println!("{}", t);
}
