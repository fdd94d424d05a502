// A let with a wrong annotation, then the binding is used widely.
fn mean(xs: &[f64]) -> f64 {
    let mut s = 0.0;
    for x in xs {
        s += *x;
    }
    s / xs.len() as f64
}

fn main() {
    let samples = [1.5, 2.5, 4.0, 8.0];
    let m: i32 = mean(&samples);
    let doubled = m * 2;
    let shifted = m << 1;
    let as_f = m as f64;
    let diff: f64 = m;
    println!("{} {} {} {}", doubled, shifted, as_f, diff);
    let count: u8 = samples.len();
    let half = count / 2;
    let big: u64 = half;
    println!("{} {}", half, big);
    let flag: bool = 1;
    if flag {
        println!("yes");
    }
}
