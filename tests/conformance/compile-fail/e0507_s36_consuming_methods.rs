// Methods that take `self` by value, called on places reached through
// references: a borrowed parameter, a `&mut`, a reference field, a
// reference to a reference and a returned reference.
#[derive(Debug, Clone)]
struct Ticket {
    seat: u32,
    price: u32,
}

#[derive(Debug)]
struct Receipt {
    total: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.price
    }
}

impl Receipt {
    fn close(self) -> u32 {
        self.total
    }
}

struct Booth<'a> {
    current: &'a Ticket,
    receipt: &'a mut Receipt,
}

fn cheapest<'a>(a: &'a Ticket, b: &'a Ticket) -> &'a Ticket {
    if a.price <= b.price { a } else { b }
}

fn refund(t: &Ticket) -> u32 {
    t.redeem()
}

fn settle(r: &mut Receipt) -> u32 {
    r.close()
}

fn serve(booth: &Booth) -> u32 {
    booth.current.redeem() + booth.current.seat
}

fn nested(t: &&Ticket) -> u32 {
    t.redeem()
}

fn best(a: &Ticket, b: &Ticket) -> u32 {
    cheapest(a, b).redeem()
}

fn main() {
    let first = Ticket { seat: 4, price: 30 };
    let second = Ticket { seat: 9, price: 25 };
    let mut receipt = Receipt { total: 0 };
    println!("{}", refund(&first));
    println!("{}", settle(&mut receipt));
    let booth = Booth { current: &first, receipt: &mut receipt };
    println!("{}", serve(&booth));
    println!("{} {}", booth.receipt.total, nested(&&second));
    println!("{}", best(&first, &second));
}
