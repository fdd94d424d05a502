// Summary statistics over slices of f64 and i64, passed as &[T].
fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    let mut sum = 0.0;
    for x in xs {
        sum += *x;
    }
    sum / xs.len() as f64
}

fn variance(xs: &[f64]) -> f64 {
    let m = mean(xs);
    let mut acc = 0.0;
    for &x in xs.iter() {
        acc += (x - m).powi(2);
    }
    acc / xs.len() as f64
}

fn min_max(xs: &[i64]) -> (i64, i64) {
    let mut lo = i64::MAX;
    let mut hi = i64::MIN;
    for &x in xs {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    (lo, hi)
}

fn spread(xs: &[i64]) -> u64 {
    let (lo, hi) = min_max(xs);
    lo.abs_diff(hi)
}

fn main() {
    let temps = [12.5, 14.0, 9.75, 11.25, 13.5];
    println!("mean = {:.3}", mean(&temps));
    println!("var  = {:.4}", variance(&temps));
    println!("sd   = {:.4}", variance(&temps).sqrt());
    println!("first three mean = {:.3}", mean(&temps[..3]));
    println!("empty mean = {}", mean(&temps[2..2]));

    let readings: [i64; 6] = [-40, 17, 3, -2, 88, 0];
    let (lo, hi) = min_max(&readings);
    println!("min {lo} max {hi} spread {}", spread(&readings));
    println!("tail spread {}", spread(&readings[3..]));
}
