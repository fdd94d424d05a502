// Statics, consts, type aliases and associated consts in a unit-price table.
type Cents = u64;
type Sku = u32;

static STORE_NAME: &str = "Corner Hardware";
static PRICES: [(Sku, Cents); 4] = [(1001, 299), (1002, 1549), (1003, 75), (1004, 12999)];
const TAX_PERMILLE: Cents = 85;

struct Receipt;

impl Receipt {
    const WIDTH: usize = 28;
    const FOOTER: &'static str = "thank you!";

    fn price(sku: Sku) -> Cents {
        for &(s, p) in PRICES.iter() {
            if s == sku {
                return p;
            }
        }
        0
    }

    fn print(lines: &[(Sku, u32)]) {
        println!("{:^width$}", STORE_NAME, width = Self::WIDTH);
        let mut subtotal: Cents = 0;
        for &(sku, qty) in lines {
            let cost = Self::price(sku) * qty as Cents;
            subtotal += cost;
            println!("{:<6}x{:<3}{:>17}", sku, qty, money(cost));
        }
        let tax = (subtotal * TAX_PERMILLE + 500) / 1000;
        println!("{:-<w$}", "", w = Self::WIDTH);
        println!("{:<10}{:>18}", "subtotal", money(subtotal));
        println!("{:<10}{:>18}", "tax", money(tax));
        println!("{:<10}{:>18}", "total", money(subtotal + tax));
        println!("{:^width$}", Self::FOOTER, width = Self::WIDTH);
    }
}

fn money(c: Cents) -> f64 {
    c as f64 / 100.0
}

fn main() {
    Receipt::print(&[(1001, 4), (1003, 12), (1004, 1), (9999, 2)]);
}
