pub mod temperature;

pub mod pressure {
    pub const SEA_LEVEL_HPA: f64 = 1013.25;

    pub fn is_low(hpa: f64) -> bool {
        hpa < SEA_LEVEL_HPA - super::temperature::MARGIN
    }
}
