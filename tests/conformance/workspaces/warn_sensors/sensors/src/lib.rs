pub mod filters;

#[derive(Debug, Clone, Copy)]
pub struct Sample {
    pub celsius: f64,
    pub humidity: f64,
}

pub fn dew_point(s: &Sample) -> f64 {
    let mut a = 17.27;
    let b = 237.7;
    let gamma = a * s.celsius / (b + s.celsius) + (s.humidity / 100.0).ln();
    b * gamma / (a - gamma)
}

fn calibrate(raw: f64) -> f64 {
    raw * 1.02
}
