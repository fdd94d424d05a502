use billing::{Invoice, STANDARD_CENTS, DISCOUNT_PCT};

fn main() {
    let inv = Invoice::new(120);
    println!("{} at {} c/min = {}", inv.minutes, STANDARD_CENTS, inv.total());
    println!("discount {}", DISCOUNT_PCT);
    println!("discounted {}", inv.discounted);
    println!("audit {}", inv.audit());
    println!("fee {}", billing::late_fee(3));
    let forged = Invoice { minutes: 5, discounted: true };
    println!("{:?}", forged);
}
