pub const RATE: u32 = 8000;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Sample {
    pub t: u32,
    pub v: crate::Level,
}

impl Sample {
    pub const SILENT: Sample = Sample { t: 0, v: 0.0 };

    pub fn at(t: u32, v: f64) -> Sample {
        Sample { t, v }
    }

    pub fn seconds(&self) -> f64 {
        self.t as f64 / RATE as f64
    }
}
