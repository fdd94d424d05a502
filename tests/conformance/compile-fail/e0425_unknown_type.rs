// A parameter of a type that was never declared (rustc 1.95 says "cannot find type", E0425).
#[derive(Debug)]
struct Order {
    id: u32,
    total: u64,
}

fn apply(order: &Order, coupon: &Coupon) -> u64 {
    order.total - coupon.amount
}

fn main() {
    let o = Order { id: 1, total: 5000 };
    println!("{:?}", o);
    let _ = apply;
}
