fn label(n: i32) -> String {
    let kind = if n % 2 == 0 { "even" } else { "odd" }
    let size = if n.abs() > 100 { "big" } else { "small" };
    format!("{kind} {size}")
}

fn main() {
    println!("{}", label(7));
}

/// Clamps a percentage into 0..=100.
fn clamp_percent(p: i32) -> u8 {
    p.clamp(0, 100) as u8
}

fn percent_of(part: u32, whole: u32) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 * 100.0 / whole as f64 }
}
