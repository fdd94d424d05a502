pub struct Calibration {
    pub offset: f64,
    pub scale: f64,
}

impl Calibration {
    pub const IDENTITY: Calibration = Calibration { offset: 0.0, scale: 1.0 };

    pub fn apply(&self, raw: i32) -> f64 {
        raw as f64 * self.scale + self.offset
    }
}
