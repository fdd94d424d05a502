fn digit_kind(d: u8) -> &'static str {
    match d {
        0..5 => "low",
        5..10 => "high",
    }
}

fn main() {
    for d in 0..10u8 {
        println!("{} {}", d, digit_kind(d));
    }
}
