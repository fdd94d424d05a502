// A sales report whose nested helper functions reach for the outer function's locals.
#[derive(Debug, Clone, Copy)]
struct Sale {
    units: u32,
    price_cents: u32,
}

const TAX_PERCENT: u32 = 20;

fn report(sales: &[Sale], discount_percent: u32) -> u32 {
    let threshold = 10;

    fn net(s: &Sale) -> u32 {
        let gross = s.units * s.price_cents;
        gross - gross * discount_percent / 100
    }

    fn is_bulk(s: &Sale) -> bool {
        s.units >= threshold
    }

    fn with_tax(cents: u32) -> u32 {
        cents + cents * TAX_PERCENT / 100
    }

    let mut total = 0;
    for s in sales {
        if is_bulk(s) {
            total += with_tax(net(s));
        }
    }
    total
}

fn main() {
    let sales = [Sale { units: 12, price_cents: 250 }, Sale { units: 3, price_cents: 999 }];
    println!("{}", report(&sales, 10));
    const LIMIT: u32 = sales.len() as u32;
    println!("{}", LIMIT);
}
