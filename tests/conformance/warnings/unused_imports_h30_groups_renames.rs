// lints: unused_imports dead_code
// A unit-conversion module tree; imports in groups, with renames, self and globs.

mod units {
    pub mod length {
        pub const MM_PER_INCH: f64 = 25.4;
        pub const MM_PER_FOOT: f64 = 304.8;
        pub fn inches(mm: f64) -> f64 {
            mm / MM_PER_INCH
        }
    }
    pub mod mass {
        pub const G_PER_OZ: f64 = 28.35;
        pub fn ounces(g: f64) -> f64 {
            g / G_PER_OZ
        }
        pub fn pounds(g: f64) -> f64 {
            g / 453.6
        }
    }
    pub mod temp {
        pub fn fahrenheit(c: f64) -> f64 {
            c * 1.8 + 32.0
        }
    }
}

mod report {
    use super::units::{self, length::{self, MM_PER_FOOT}, mass::*};
    use super::units::temp::{fahrenheit as to_f, fahrenheit};
    use std::f64::consts::{E, PI as HALF_TURN};

    pub fn line(mm: f64, g: f64) {
        println!("{:.2} in, {:.2} oz, {:.1} F", length::inches(mm), ounces(g), to_f(20.0));
    }
}

use units::length::{inches, MM_PER_INCH as INCH};
use units::mass::{self as weight, pounds};
use units::{length as len, temp::*};
use std::f64::consts as math_consts;

fn main() {
    report::line(100.0, 250.0);
    println!("{:.3}", inches(INCH * 2.0));
    println!("{:.3}", weight::ounces(56.7));
}
