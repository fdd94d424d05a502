// Clamping a float with integer bounds.
fn brightness(level: f64) -> f64 {
    level.max(0).min(1.0)
}

fn gamma(v: f32) -> f32 {
    v.powf(2.2f64)
}

fn normalise(v: f64, lo: f64, hi: f64) -> f64 {
    ((v - lo) / (hi - lo)).clamp(0.0, 1)
}

fn main() {
    println!("{}", brightness(1.7));
    println!("{}", gamma(0.5));
    println!("{}", normalise(5.0, 0.0, 10.0));
}
