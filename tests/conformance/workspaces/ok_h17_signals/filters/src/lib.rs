use dsp_core::{Level, Sample};

pub mod gain {
    use super::*;

    pub static UNITY: Level = 1.0;

    pub fn apply(s: Sample, g: Level) -> Sample {
        Sample { v: s.v * g, ..s }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Smoother {
    last: Level,
    pub alpha: f64,
}

impl Smoother {
    pub const DEFAULT_ALPHA: f64 = 0.25;

    pub fn new() -> Self {
        Self { last: 0.0, alpha: Self::DEFAULT_ALPHA }
    }

    pub fn step(&mut self, s: Sample) -> Sample {
        self.last += self.alpha * (s.v - self.last);
        Sample::at(s.t, self.last)
    }
}

pub fn peak(samples: &[Sample]) -> Level {
    let mut best = 0.0;
    for s in samples {
        if s.v.abs() > best {
            best = s.v.abs();
        }
    }
    best
}
