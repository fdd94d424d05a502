// LineItem gets a name; the three literals not updated
#[derive(Debug, Clone, Copy, PartialEq)]
enum Discount {
    None,
    Percent(u32),
    BuyTwoGetOne,
}

#[derive(Debug, Clone, Copy)]
struct LineItem {
    sku: u32,
    price_cents: u32,
    qty: u32,
    name: &'static str,
    discount: Discount,
}

const TAX_RATE_PERMILLE: u32 = 85;
const FREE_SHIPPING_OVER: u32 = 5000;
const SHIPPING_CENTS: u32 = 499;

fn line_total(item: &LineItem) -> u32 {
    let gross = item.price_cents * item.qty;
    match item.discount {
        Discount::None => gross,
        Discount::Percent(p) => gross - gross * p / 100,
        Discount::BuyTwoGetOne => {
            let free = item.qty / 3;
            gross - free * item.price_cents
        }
    }
}

fn subtotal(items: &[LineItem]) -> u32 {
    let mut sum = 0;
    for item in items {
        sum += line_total(item);
    }
    sum
}

fn tax(amount: u32) -> u32 {
    (amount * TAX_RATE_PERMILLE + 500) / 1000
}

fn shipping(amount: u32) -> u32 {
    if amount >= FREE_SHIPPING_OVER { 0 } else { SHIPPING_CENTS }
}

fn print_money(label: &str, cents: u32) {
    println!("{:<10}{:>6}.{:02}", label, cents / 100, cents % 100);
}

fn main() {
    let cart = [
        LineItem { sku: 1001, price_cents: 1299, qty: 2, discount: Discount::None },
        LineItem { sku: 2002, price_cents: 350, qty: 6, discount: Discount::BuyTwoGetOne },
        LineItem { sku: 3003, price_cents: 2500, qty: 1, discount: Discount::Percent(20) },
    ];
    for item in cart.iter() {
        println!("sku {} x{} {:?}", item.sku, item.qty, item.discount);
        print_money("  line", line_total(item));
    }
    let sub = subtotal(&cart);
    let t = tax(sub);
    let ship = shipping(sub);
    print_money("subtotal", sub);
    print_money("tax", t);
    print_money("shipping", ship);
    print_money("total", sub + t + ship);
}
