// lints: overlapping_range_endpoints
fn rate(income: u32) -> u32 {
    match income {
        0..=10_000 => 0,
        10_000..=40_000 => 10,
        40_001..=90_000 => 22,
        90_000..=200_000 => 32,
        _ => 40,
    }
}

fn wind(speed: u8) -> &'static str {
    match speed {
        0..=5 => "calm",
        5..=20 => "breeze",
        21..=60 => "wind",
        60..=u8::MAX => "storm",
    }
}

fn main() {
    println!("{} {} {}", rate(10_000), rate(95_000), wind(60));
}
