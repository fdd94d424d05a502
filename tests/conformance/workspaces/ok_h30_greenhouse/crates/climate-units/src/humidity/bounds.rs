pub fn clamp_percent(raw: i32) -> u8 {
    raw.clamp(0, 100) as u8
}
