pub fn weight(reason: u8) -> u32 {
    if reason > 3 { 2 } else { 1 }
}

pub fn explain(reason: u8) -> &'static str {
    match reason {
        0 => "torn",
        _ => "unclear",
    }
}
