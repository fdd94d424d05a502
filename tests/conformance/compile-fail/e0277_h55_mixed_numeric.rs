// Statistics over integer samples mixing int and float arithmetic.
fn mean(xs: &[i32]) -> f64 {
    let mut sum = 0;
    for &x in xs {
        sum += x;
    }
    sum as f64 / xs.len() as f64
}

fn variance(xs: &[i32]) -> f64 {
    let m = mean(xs);
    let mut acc = 0.0;
    for &x in xs {
        let d = x - m;
        acc += d.powi(2);
    }
    acc / xs.len() as f64
}

fn spread(xs: &[i32]) -> f64 {
    let mut lo = i32::MAX;
    let mut hi = i32::MIN;
    for &x in xs {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    hi.abs_diff(lo) * 0.5
}

fn main() {
    let samples = [4, 8, 15, 16, 23, 42];
    println!("{:.3} {:.3} {}", mean(&samples), variance(&samples), spread(&samples));
}
