// lints: dead_code
// A shop model where a struct is never built, a method never called and a constant never read.
#[derive(Debug)]
struct Product {
    name: &'static str,
    price_cents: u32,
}

struct Discount {
    percent: u8,
}

impl Product {
    const MAX_PRICE: u32 = 1_000_000;

    fn label(&self) -> &'static str {
        self.name
    }

    fn with_tax(&self) -> u32 {
        self.price_cents * 108 / 100
    }
}

fn apply(d: &Discount, p: &Product) -> u32 {
    p.price_cents * (100 - d.percent as u32) / 100
}

fn main() {
    let p = Product { name: "lamp", price_cents: 2499 };
    println!("{} {}", p.label(), p.price_cents);
}
