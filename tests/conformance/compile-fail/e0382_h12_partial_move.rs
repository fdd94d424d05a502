// An order with a non-Copy shipping label: a field is moved out, then the whole order is used.
#[derive(Debug)]
struct Label {
    street: &'static str,
    zip: u32,
}

#[derive(Debug)]
struct Order {
    id: u64,
    label: Label,
    weight_grams: u32,
}

fn print_label(label: Label) {
    println!("{} / {}", label.street, label.zip);
}

fn ship(order: Order) -> u64 {
    order.id
}

fn postage(weight_grams: u32) -> u32 {
    if weight_grams < 500 { 120 } else { 120 + (weight_grams - 500) / 100 * 15 }
}

fn main() {
    let order = Order { id: 7, label: Label { street: "Main St 1", zip: 12345 }, weight_grams: 830 };
    print_label(order.label);
    println!("postage {}", postage(order.weight_grams));
    let shipped = ship(order);
    println!("shipped {}", shipped);
    let batch = [Label { street: "A", zip: 1 }, Label { street: "B", zip: 2 }];
    for round in 0..2 {
        println!("round {}", round);
        for l in batch {
            print_label(l);
        }
    }
}
