// Invoices: a literal uses a field name the struct does not have, and a later
// access repeats the misspelling.
#[derive(Debug, Clone, Copy)]
struct LineItem {
    quantity: u32,
    unit_price_cents: u64,
}

struct Invoice {
    number: u32,
    items: [LineItem; 3],
    discount_percent: u8,
}

fn line_total(item: &LineItem) -> u64 {
    item.quantity as u64 * item.unit_price_cents
}

fn invoice_total(inv: &Invoice) -> u64 {
    let mut sum = 0;
    for item in inv.items.iter() {
        sum += line_total(item);
    }
    sum - sum * inv.discount_percent as u64 / 100
}

fn main() {
    let items = [
        LineItem { quantity: 2, unit_price_cents: 1999 },
        LineItem { quantity: 1, unit_price: 500 },
        LineItem { quantity: 10, unit_price_cents: 25 },
    ];
    let inv = Invoice {
        number: 1042,
        items,
        discount: 5,
        discount_percent: 5,
    };
    println!("invoice {} total {}", inv.number, invoice_total(&inv));
    println!("first unit price {}", inv.items[0].unit_price);
}
