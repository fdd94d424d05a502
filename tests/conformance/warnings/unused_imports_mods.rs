// lints: unused_imports
// Imports left over after a refactoring, in the crate root and in a module.
mod math {
    pub const TAU: f64 = 6.283185307179586;
    pub fn circle_area(r: f64) -> f64 {
        TAU / 2.0 * r * r
    }
    pub fn square_area(s: f64) -> f64 {
        s * s
    }
}

mod report {
    use crate::math::{circle_area, square_area, TAU};

    pub fn print(r: f64) {
        println!("circle {:.3}", circle_area(r));
    }
}

use math::square_area;
use std::f64::consts::PI;
use std::process;

fn main() {
    report::print(2.0);
    println!("{}", math::square_area(3.0) + PI);
}
