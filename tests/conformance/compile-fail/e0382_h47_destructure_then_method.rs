// A partially destructured order used afterwards through a method and a field.
#[derive(Debug)]
struct Address {
    zip: u32,
}

#[derive(Debug)]
struct Customer {
    id: u32,
    address: Address,
}

#[derive(Debug)]
struct Order {
    customer: Customer,
    total_cents: u64,
    express: bool,
}

impl Order {
    fn shipping(&self) -> u64 {
        if self.express {
            1500
        } else {
            500
        }
    }
}

fn ship_to(a: Address) -> u32 {
    a.zip
}

fn main() {
    let order = Order {
        customer: Customer { id: 1, address: Address { zip: 10115 } },
        total_cents: 4999,
        express: true,
    };
    let Order { customer, .. } = order;
    println!("cost {}", order.total_cents + order.shipping());
    println!("customer again {:?}", order.customer);
    println!("{}", ship_to(customer.address));
    println!("{:?}", customer);
    println!("{}", customer.id);
}
