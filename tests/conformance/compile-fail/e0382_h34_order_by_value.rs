// Order processing: a non-Copy struct passed by value and then used again.

#[derive(Debug)]
struct Address {
    zip: u32,
    floor: u8,
}

#[derive(Debug)]
struct Order {
    id: u32,
    qty: u32,
    unit_cents: u32,
    ship_to: Address,
}

fn total_cents(order: Order) -> u32 {
    order.qty * order.unit_cents
}

fn ship(order: Order) {
    println!("shipping {} to {}", order.id, order.ship_to.zip);
}

fn describe(order: &Order) {
    println!("order {} x{} floor {}", order.id, order.qty, order.ship_to.floor);
}

fn main() {
    let order = Order { id: 42, qty: 3, unit_cents: 1_999, ship_to: Address { zip: 94107, floor: 3 } };
    let total = total_cents(order);
    println!("total {}", total);
    describe(&order);

    let second = Order { id: 43, qty: 1, unit_cents: 500, ship_to: Address { zip: 10001, floor: 1 } };
    let addr = second.ship_to;
    ship(second);
    println!("{:?}", addr);
}
