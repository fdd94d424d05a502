// Functions named where their results were meant: the `()` is missing.
struct Invoice {
    total: u32,
}

fn tax_rate() -> u32 {
    20
}

fn subtotal(items: u32, price: u32) -> u32 {
    items * price
}

fn with_tax(amount: u32) -> u32 {
    amount + amount * tax_rate() / 100
}

fn grand_total() -> u32 {
    tax_rate
}

fn main() {
    let base: u32 = subtotal;
    let invoice = Invoice { total: grand_total };
    let rate = if base > 100 { tax_rate() } else { tax_rate };
    println!("{}", tax_rate);
    println!("{:?}", subtotal);
    let wide: u64 = tax_rate;
    println!("{} {} {} {}", with_tax(base), invoice.total, rate, wide);
}
