// The binary keeps the default levels: dead_code is back on here.
use stats::{summarize, StdDevApprox, Summary};

#[warn(unused_variables)]
fn report(s: Summary, label: &str) {
    println!("mean {} variance {}", s.mean, s.variance);
}

fn unused_formatter(s: Summary) -> i64 {
    s.mean
}

#[deny(non_snake_case)]
mod display {
    #[allow(non_snake_case)]
    pub fn PrintLimit(limit: usize) {
        println!("limit {}", limit);
    }
}

fn main() {
    let s = summarize(&[2, 4, 4, 6]);
    report(s, "demo");
    println!("sd {}", StdDevApprox(s));
    display::PrintLimit(stats::sample_limit);
}
