// An order book with functions and methods called with wrong argument counts.
#[derive(Debug, Clone, Copy)]
struct Order {
    price: u32,
    qty: u32,
}

impl Order {
    fn new(price: u32, qty: u32) -> Order {
        Order { price, qty }
    }

    fn total(&self) -> u32 {
        self.price * self.qty
    }

    fn split(&self, parts: u32) -> Order {
        Order { price: self.price, qty: self.qty / parts }
    }
}

fn best(a: Order, b: Order) -> Order {
    if a.price < b.price { a } else { b }
}

fn fee(o: &Order, rate: u32, min: u32) -> u32 {
    (o.total() * rate / 100).max(min)
}

fn main() {
    let a = Order::new(10, 5);
    let b = Order::new(12);
    let c = best(a, b, a);
    println!("{}", c.total(1));
    println!("{:?}", c.split());
    println!("{}", fee(&a, 3));
    println!("{}", Order::total());
    println!("{}", a.price.pow());
    println!("{}", a.qty.min(1, 2));
}
