// Discount calculation where an `if` without `else` is used as a value.
fn discount_percent(total_cents: u64, member: bool) -> u64 {
    let base = if total_cents > 10_000 { 10 } else { 0 };
    let extra = if member { 5 };
    base + extra
}

fn apply(total_cents: u64, percent: u64) -> u64 {
    total_cents - total_cents * percent / 100
}

fn warn_large(total_cents: u64) {
    if total_cents > 15_000 {
        total_cents / 100
    }
}

fn main() {
    let baskets = [(12_500u64, true), (4_000, false), (20_000, false)];
    for (total, member) in baskets {
        let pct = discount_percent(total, member);
        warn_large(total);
        println!("{} -> {}", total, apply(total, pct));
    }
}
