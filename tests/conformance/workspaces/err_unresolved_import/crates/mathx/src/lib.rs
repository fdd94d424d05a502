pub mod vector;

pub fn clamp01(x: f64) -> f64 {
    x.clamp(0.0, 1.0)
}
