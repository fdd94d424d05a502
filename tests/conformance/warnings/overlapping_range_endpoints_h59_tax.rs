// lints: overlapping_range_endpoints
// Tax brackets written with shared endpoints.
fn rate(income: u32) -> u32 {
    match income {
        0..=10000 => 0,
        10000..=40000 => 10,
        40000..=100000 => 25,
        _ => 40,
    }
}

fn main() {
    for i in [5000u32, 10000, 40000, 250000] {
        println!("{} -> {}%", i, rate(i));
    }
}
