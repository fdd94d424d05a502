fn main() {
    let items = ["a", "b", "c"];
    let mut i = 0;
    while i < items.len() {
        println!("{}: {}", i, items[i]);
        ++i;
    }
}

/// Clamps a percentage into 0..=100.
fn clamp_percent(p: i32) -> u8 {
    p.clamp(0, 100) as u8
}

fn percent_of(part: u32, whole: u32) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 * 100.0 / whole as f64 }
}
