// Order lines built in a helper: one field is forgotten.
#[derive(Debug, Clone, Copy)]
struct OrderLine {
    sku: u32,
    quantity: u32,
    unit_price: u32,
    discount_pct: u8,
}

fn line(sku: u32, quantity: u32, unit_price: u32) -> OrderLine {
    OrderLine { sku, quantity, unit_price }
}

fn main() {
    let lines = [line(1, 3, 250), line(2, 1, 1200)];
    for l in lines {
        println!("{:?}", l);
    }
}
