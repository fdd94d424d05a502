// Temperature log statistics: integer readings mixed with float averages.

const READINGS: [i32; 6] = [18, 21, 19, 25, 23, 20];

fn sum(values: &[i32]) -> i32 {
    let mut s = 0;
    for v in values {
        s += v;
    }
    s
}

fn mean(values: &[i32]) -> f64 {
    let total = sum(values);
    total / values.len() as f64
}

fn spread(values: &[i32]) -> f64 {
    let mut lo = i32::MAX;
    let mut hi = i32::MIN;
    for &v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (hi - lo) as f64 * 0.5
}

fn main() {
    let m = mean(&READINGS);
    let half = spread(&READINGS);
    let scaled = m * 2;
    println!("mean {:.2}, half range {:.1}, scaled {}", m, half, scaled);
}
