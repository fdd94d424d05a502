// Accessing fields that do not exist: a misspelling and a field from another struct.
struct Customer {
    name: &'static str,
    email: &'static str,
    orders: u32,
}

struct Order {
    total: u32,
}

fn main() {
    let c = Customer { name: "Ines", email: "ines@example.com", orders: 3 };
    let o = Order { total: 120 };
    println!("{} {} {}", c.name, c.emial, c.total);
    println!("{} {}", o.total, c.orders);
}
