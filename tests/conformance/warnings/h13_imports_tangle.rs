// lints: unused_imports dead_code
// A small app whose modules import more than they use after a refactor.
mod units {
    pub const METERS_PER_FOOT: f64 = 0.3048;
    pub const FEET_PER_MILE: f64 = 5280.0;
    pub fn feet_to_m(f: f64) -> f64 {
        f * METERS_PER_FOOT
    }
    pub fn miles_to_feet(m: f64) -> f64 {
        m * FEET_PER_MILE
    }
}

mod format {
    pub fn banner(s: &str) {
        println!("== {s} ==");
    }
    pub fn line(label: &str, v: f64) {
        println!("{label:<10}{v:>12.3}");
    }
}

mod report {
    use super::format::{banner, line};
    use super::units::{self, feet_to_m, miles_to_feet, FEET_PER_MILE};
    use crate::units::METERS_PER_FOOT as MPF;
    use std::f64::consts::{E, PI};

    pub fn run(miles: f64) {
        banner("distance");
        let feet = miles_to_feet(miles);
        line("feet", feet);
        line("meters", feet_to_m(feet));
        line("circle", PI * miles * miles);
        line("const", units::FEET_PER_MILE);
    }

    mod nested {
        use super::super::units::*;
        use crate::format::banner;

        pub fn helper() -> f64 {
            feet_to_m(3.0)
        }
    }
}

use report::run;
use std::process;
use units::{feet_to_m as f2m, miles_to_feet as _};

fn main() {
    run(1.5);
    println!("{:.4}", f2m(10.0));
}
