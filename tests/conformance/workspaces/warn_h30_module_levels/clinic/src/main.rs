#![allow(unused_imports)]

#[warn(unused_imports)]
mod wards;

use dosing::pumps::{clamp_rate, max_rate};
use dosing::{plan, pump_state};

fn main() {
    let p = plan(70, 15, 50);
    let rate = clamp_rate(p.ml_per_hour);
    println!("rate {} ml/h for {} h", rate, p.hours);
    println!("ward {}", wards::name(2));
}
