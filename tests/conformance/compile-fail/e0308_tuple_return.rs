// A min/max helper that returns its pair in the wrong shape, and a unit-returning
// function whose caller expects a value.
fn min_max(values: &[i64]) -> (i64, i64) {
    let mut lo = values[0];
    let mut hi = values[0];
    for &v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    [lo, hi]
}

fn log_total(values: &[i64]) {
    let mut t = 0;
    for v in values {
        t += v;
    }
    println!("total {}", t);
}

fn main() {
    let data = [5, -2, 17, 8];
    let (lo, hi) = min_max(&data);
    let total: i64 = log_total(&data);
    println!("{} {} {}", lo, hi, total);
}
