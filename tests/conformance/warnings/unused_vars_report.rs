// lints: unused_variables unused_mut
// A sales report with leftovers from debugging: unused locals, parameters and needless `mut`.
struct Sale {
    region: u8,
    amount: u32,
}

fn region_total(sales: &[Sale], region: u8, currency: &str) -> u32 {
    let mut total = 0;
    let mut count = 0;
    for s in sales {
        if s.region == region {
            total += s.amount;
        }
    }
    let debug_copy = total;
    total + count
}

fn main() {
    let mut sales = [
        Sale { region: 1, amount: 120 },
        Sale { region: 2, amount: 80 },
        Sale { region: 1, amount: 45 },
    ];
    let threshold = 100;
    for r in 1..=2 {
        println!("region {}: {}", r, region_total(&sales, r, "EUR"));
    }
}
