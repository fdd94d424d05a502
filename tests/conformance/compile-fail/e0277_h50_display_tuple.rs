fn min_max(xs: &[i32]) -> (i32, i32) {
    let mut lo = xs[0];
    let mut hi = xs[0];
    for &x in xs {
        if x < lo {
            lo = x;
        }
        if x > hi {
            hi = x;
        }
    }
    (lo, hi)
}

fn main() {
    let data = [5, -2, 9, 0];
    let r = min_max(&data);
    println!("range: {}", r);
    println!("array: {}", data);
}
