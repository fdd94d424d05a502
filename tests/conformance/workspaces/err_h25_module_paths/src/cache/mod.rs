pub fn hit_rate() -> f64 {
    0.75
}
