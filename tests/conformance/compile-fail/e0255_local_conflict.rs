// A helper is imported and also defined locally with the same name.
mod stats {
    pub fn mean(values: &[f64]) -> f64 {
        let mut s = 0.0;
        for v in values {
            s += v;
        }
        s / values.len() as f64
    }
}

use stats::mean;

fn mean(values: &[f64]) -> f64 {
    values[values.len() / 2]
}

fn main() {
    println!("{}", mean(&[1.0, 2.0, 4.0]));
}
