pub fn mean(values: &[f64]) -> f64 {
    let mut sum = 0.0;
    for v in values {
        sum += v;
    }
    sum / values.len() as f64
}

pub fn percentile(values: &[f64], p: u8) -> f64 {
    let idx = (values.len() - 1) * p as usize / 100;
    values[idx]
}

#[derive(Debug, Clone, Copy)]
pub struct Summary {
    pub min: f64,
    pub max: f64,
}

pub fn summarize(values: &[f64]) -> Summary {
    let mut s = Summary { min: values[0], max: values[0] };
    for &v in values {
        s.min = s.min.min(v);
        s.max = s.max.max(v);
    }
    s
}
