// lints: unused_variables
// Summary statistics with some leftover bindings.
fn summary(xs: &[f64]) -> (f64, f64, f64) {
    let n = xs.len() as f64;
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    let mut sum = 0.0;
    let mut count = 0;
    for &x in xs {
        lo = lo.min(x);
        hi = hi.max(x);
        sum += x;
    }
    let spread = hi - lo;
    (lo, hi, sum / n)
}

fn main() {
    let (lo, hi, mean) = summary(&[2.5, 9.0, -1.0, 4.25]);
    let rounded = mean.round();
    println!("{} {} {:.4}", lo, hi, mean);
    let mut unused_flag = f64::NAN.is_nan();
}
