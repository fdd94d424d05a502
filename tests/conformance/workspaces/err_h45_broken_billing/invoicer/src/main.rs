use billing::{subtotal, with_tax, Line};
use rates::VAT_PERCENT;

fn main() {
    let lines = [
        Line { description: "widget", cents: 250, quantity: 4 },
        Line { description: "gadget", cents: 1999, quantity: 1 },
    ];
    println!("subtotal {}", subtotal(&lines));
    println!("with {}% VAT: {}", VAT_PERCENT, with_tax(&lines));
    let broken: u8 = "not a number";
    println!("{}", missing_total);
}
