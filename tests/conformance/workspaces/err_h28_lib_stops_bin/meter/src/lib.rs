// A power meter library with type errors: the display binary is never checked.
use units::{to_kilo, Watts};

#[derive(Debug, Clone, Copy)]
pub struct Sample {
    pub watts: u32,
    pub at_ms: u64,
}

pub fn energy_wh(samples: &[Sample]) -> u64 {
    let mut total: u64 = 0;
    for pair in 0..samples.len() - 1 {
        let dt = samples[pair + 1].at_ms - samples[pair].at_ms;
        total += samples[pair].watts * dt;
    }
    total / 3_600_000
}

pub fn peak_kw(samples: &[Sample]) -> u32 {
    let mut peak = 0;
    for s in samples {
        peak = peak.max(s.watts);
    }
    to_kilo(Watts(peak));
}

pub fn label(s: Sample) -> &'static str {
    if s.watts > 2000 { "high" } else { 'l' }
}
