pub fn old_title() -> &'static str {
    "INSERT COIN"
}

pub fn old_score(x: u32) -> u32 {
    let doubled = x * 2;
    x
}
