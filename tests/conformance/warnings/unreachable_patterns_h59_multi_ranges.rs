// lints: unreachable_patterns
fn bucket(x: u8) -> u8 {
    match x {
        0..=50 => 0,
        51..=100 => 1,
        40..=60 => 2,
        101..=200 => 3,
        150..=255 => 4,
    }
}

fn main() {
    println!("{}", bucket(55));
}
