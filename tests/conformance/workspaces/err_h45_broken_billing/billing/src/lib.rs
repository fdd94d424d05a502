// Line items and totals; this crate has type errors.
use rates::{standard, Rate};

pub struct Line {
    pub description: &'static str,
    pub cents: u64,
    pub quantity: u32,
}

pub fn subtotal(lines: &[Line]) -> u64 {
    let mut total: u64 = 0;
    for line in lines {
        total += line.cents * line.quantity;
    }
    total
}

pub fn with_tax(lines: &[Line]) -> u64 {
    let rate: Rate = standard();
    let base = subtotal(lines);
    base + rate.apply_to(base)
}

pub fn label(line: &Line) -> &str {
    if line.quantity > 1 {
        "bulk"
    } else {
        line.quantity
    }
}
