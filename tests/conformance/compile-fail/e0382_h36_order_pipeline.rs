// Orders moved through a pipeline; an order is used after being moved.
#[derive(Debug)]
struct Order {
    id: u32,
    lines: [(u16, u32); 4],
    count: usize,
    note: &'static str,
}

#[derive(Debug)]
enum Stage {
    Received(Order),
    Packed(Order, u32),
    Shipped { order: Order, tracking: u64 },
}

fn total(order: &Order) -> u32 {
    let mut t = 0;
    for &(qty, price) in &order.lines[..order.count] {
        t += qty as u32 * price;
    }
    t
}

fn pack(order: Order) -> Stage {
    let weight = order.count as u32 * 250;
    Stage::Packed(order, weight)
}

fn ship(stage: Stage, tracking: u64) -> Stage {
    match stage {
        Stage::Packed(order, _) => Stage::Shipped { order, tracking },
        other => other,
    }
}

fn describe(stage: &Stage) {
    match stage {
        Stage::Received(o) => println!("order {} received", o.id),
        Stage::Packed(o, w) => println!("order {} packed, {} g", o.id, w),
        Stage::Shipped { order, tracking } => println!("order {} shipped as {}", order.id, tracking),
    }
}

fn main() {
    let order = Order { id: 7, lines: [(2, 450), (1, 1299), (0, 0), (0, 0)], count: 2, note: "gift" };
    let received = Stage::Received(order);
    describe(&received);
    // mistake: order was moved into `received`
    let packed = pack(order);
    describe(&packed);
    let shipped = ship(packed, 99_001);
    describe(&shipped);
    // mistake: packed was moved into ship()
    describe(&packed);

    let second = Order { id: 8, lines: [(3, 100); 4], count: 4, note: "" };
    let value = total(&second);
    let stage = pack(second);
    println!("value {} note {:?}", value, second.note);
    describe(&stage);
}
