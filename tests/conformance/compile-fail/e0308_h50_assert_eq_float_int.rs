fn mean(xs: &[f64]) -> f64 {
    let mut s = 0.0;
    for x in xs {
        s += x;
    }
    s / xs.len() as f64
}

fn main() {
    let m = mean(&[1.0, 2.0, 3.0]);
    assert_eq!(m, 2);
    println!("{}", m);
}
