// Moving a non-Copy value inside a loop, and moving out of a struct field then using the struct.
#[derive(Debug)]
struct Order {
    item: Product,
    qty: u32,
}

#[derive(Debug)]
struct Product {
    sku: u32,
    price: u32,
}

fn ship(p: Product, qty: u32) -> u32 {
    println!("shipping {} x {}", qty, p.sku);
    p.price * qty
}

fn main() {
    let widget = Product { sku: 42, price: 3 };
    let mut revenue = 0;
    for day in 0..3 {
        revenue += ship(widget, day + 1);
    }
    println!("revenue {revenue}");

    let order = Order { item: Product { sku: 7, price: 10 }, qty: 2 };
    let product = order.item;
    println!("{:?} {:?}", product, order);
}
