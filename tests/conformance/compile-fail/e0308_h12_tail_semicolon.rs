// Statistics helpers: one function ends with a semicolon, another destructures a wrong tuple.
fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = i32::MAX;
    let mut hi = i32::MIN;
    for &v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo, hi)
}

fn mean(values: &[i32]) -> f64 {
    let mut sum = 0i64;
    for v in values {
        sum += *v as i64;
    }
    sum as f64 / values.len() as f64;
}

fn main() {
    let data = [4, -2, 17, 9, 0];
    let (lo, hi, span) = min_max(&data);
    println!("{} {} {}", lo, hi, span);
    println!("mean {}", mean(&data));
}
