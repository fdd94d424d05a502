// Module paths: self::, super::, ::std, glob imports, renames and `_` imports.
mod shapes {
    pub mod consts {
        pub const SIDES_TRIANGLE: u32 = 3;
        pub const SIDES_SQUARE: u32 = 4;
        pub const SIDES_HEXAGON: u32 = 6;
    }

    pub fn interior_angle(sides: u32) -> f64 {
        self::helpers::degrees((sides - 2) as f64 * ::std::f64::consts::PI / sides as f64)
    }

    mod helpers {
        pub fn degrees(rad: f64) -> f64 {
            rad * 180.0 / super::super::PI_ALIAS
        }
    }
}

use shapes::consts::*;
use shapes::interior_angle as angle_of;
use std::f64::consts::PI as PI_ALIAS;
#[allow(unused_imports)]
use std::f64::consts::E as _;

fn main() {
    for (name, sides) in [("triangle", SIDES_TRIANGLE), ("square", SIDES_SQUARE), ("hexagon", SIDES_HEXAGON)] {
        println!("{:<8} interior angle {:.1}", name, angle_of(sides));
    }
    println!("{}", crate::shapes::interior_angle(12));
}
