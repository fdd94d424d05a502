// Indexing a tuple like an array.
fn min_max(xs: &[i64]) -> (i64, i64) {
    let mut lo = xs[0];
    let mut hi = xs[0];
    for &x in &xs[1..] {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    (lo, hi)
}

fn main() {
    let data = [7, -2, 15, 3];
    let mm = min_max(&data);
    println!("min {} max {}", mm[0], mm[1]);
    println!("range {}", mm.1 - mm.0);
}
