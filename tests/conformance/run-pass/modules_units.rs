// Unit conversions organised in nested modules with pub/pub(crate)/pub(super) items.
mod units {
    pub mod length {
        pub const METERS_PER_FOOT: f64 = 0.3048;
        pub fn feet_to_meters(ft: f64) -> f64 {
            ft * METERS_PER_FOOT
        }
        pub fn meters_to_feet(m: f64) -> f64 {
            m / METERS_PER_FOOT
        }
    }

    pub mod temperature {
        pub(crate) fn c_to_f(c: f64) -> f64 {
            c * 1.8 + super::OFFSET_F
        }
        pub(super) fn f_to_c(f: f64) -> f64 {
            (f - super::OFFSET_F) / 1.8
        }
    }

    const OFFSET_F: f64 = 32.0;

    pub fn round_trip_f(f: f64) -> f64 {
        temperature::c_to_f(temperature::f_to_c(f))
    }
}

mod report {
    use crate::units::length::{self, feet_to_meters as to_m};

    pub fn heights(feet: &[f64]) {
        for &ft in feet {
            println!("{:6.1} ft = {:7.3} m (back {:.1})", ft, to_m(ft), length::meters_to_feet(to_m(ft)));
        }
    }
}

use units::temperature::c_to_f;

fn main() {
    report::heights(&[5.5, 6.0, 29029.0]);
    for c in [-40.0, 0.0, 36.6, 100.0] {
        println!("{:>6.1} C = {:>6.1} F", c, c_to_f(c));
    }
    println!("round trip of 451 F: {}", units::round_trip_f(451.0));
    println!("a foot is {} m", units::length::METERS_PER_FOOT);
}
