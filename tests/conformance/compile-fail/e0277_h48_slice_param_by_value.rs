// A helper takes `[f64]` by value instead of `&[f64]`.
fn average(xs: [f64]) -> f64 {
    let mut sum = 0.0;
    for i in 0..xs.len() {
        sum += xs[i];
    }
    sum / xs.len() as f64
}

fn spread(xs: &[f64]) -> f64 {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for &x in xs {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    hi - lo
}

fn main() {
    let samples = [0.5, 1.25, 2.0, 0.75];
    println!("spread {}", spread(&samples));
}
