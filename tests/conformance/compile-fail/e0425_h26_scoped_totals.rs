// Invoice totals computed with nested blocks and shadowed bindings.
mod tax {
    pub const RATE_PERCENT: u32 = 20;

    pub fn apply(net: u32) -> u32 {
        net + net * RATE_PERCENT / 100
    }
}

mod invoice {
    use super::*;

    pub struct Line {
        pub qty: u32,
        pub unit_cents: u32,
    }

    pub fn total(lines: &[Line]) -> u32 {
        let net = {
            let mut sum = 0;
            for l in lines {
                let line_total = l.qty * l.unit_cents;
                sum += line_total;
            }
            sum
        };
        let gross = tax::apply(net);
        println!("last line {}", line_total);
        gross
    }

    pub fn discount(total: u32) -> u32 {
        let total = if total > 10_000 { total - 500 } else { total };
        let total = total as i64;
        total - FEE
    }
}

const FEE: u32 = 99;

fn main() {
    let lines = [invoice::Line { qty: 3, unit_cents: 1999 }, invoice::Line { qty: 1, unit_cents: 4500 }];
    let t = invoice::total(&lines);
    let t = {
        let shifted = t / 100;
        shifted * 100
    };
    println!("{} {}", t, shifted);
    println!("{}", invoice::discount(t));
}
