// A flight booking where field types and literal types disagree.
#[derive(Debug)]
struct Booking {
    flight: &'static str,
    seats: u8,
    price: f64,
    confirmed: bool,
}

fn total_price(b: &Booking) -> f64 {
    b.price * b.seats as f64
}

fn main() {
    let b = Booking { flight: "LH400", seats: 2, price: 350, confirmed: "yes" };
    let refund: u32 = total_price(&b);
    println!("{:?} {}", b, refund);
}
