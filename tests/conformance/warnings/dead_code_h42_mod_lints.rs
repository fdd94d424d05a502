// lints: dead_code unused_imports
// Module lints: imports that are not used, private items nobody calls.
mod geometry {
    pub const PI_ISH: f64 = 3.14;

    pub fn circle_area(r: f64) -> f64 {
        PI_ISH * r * r
    }

    fn sphere_volume(r: f64) -> f64 {
        4.0 / 3.0 * PI_ISH * r * r * r
    }

    pub mod helpers {
        pub fn square(x: f64) -> f64 {
            x * x
        }
    }
}

use geometry::circle_area;
use geometry::helpers::square;
use geometry::PI_ISH;

fn main() {
    println!("{:.2}", circle_area(2.0));
}
