// lints: unreachable_patterns
fn bucket(age: u8) -> &'static str {
    match age {
        0..=12 => "child",
        13..=19 => "teen",
        10..=15 => "tween",
        20..=64 => "adult",
        _ => "senior",
    }
}

fn main() {
    for a in [5u8, 14, 30, 70] {
        println!("{} {}", a, bucket(a));
    }
}
