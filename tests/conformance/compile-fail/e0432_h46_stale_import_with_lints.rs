// A stale import of a renamed helper, with dead code and unused variables around it.
mod stats {
    pub fn mean(xs: &[f64]) -> f64 {
        let mut s = 0.0;
        for x in xs {
            s += *x;
        }
        s / xs.len() as f64
    }
    pub fn spread(xs: &[f64]) -> f64 {
        let mut lo = xs[0];
        let mut hi = xs[0];
        for &x in xs {
            lo = lo.min(x);
            hi = hi.max(x);
        }
        hi - lo
    }
}

use stats::{mean, variance};

fn unused_report(xs: &[f64]) -> f64 {
    stats::spread(xs)
}

fn main() {
    let data = [1.0, 2.5, 4.0];
    let scale = 2;
    let mut m = mean(&data);
    println!("{}", m);
}
