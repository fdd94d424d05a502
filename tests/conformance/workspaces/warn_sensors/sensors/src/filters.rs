use std::f64::consts::PI;

pub fn moving_average(values: &[f64], window: usize) -> f64 {
    let start = values.len() - window;
    let mut sum = 0.0;
    for v in &values[start..] {
        sum += v;
    }
    sum / window as f64
}

pub fn Median3(a: f64, b: f64, c: f64) -> f64 {
    a.max(b).min(c).max(a.min(b))
}
