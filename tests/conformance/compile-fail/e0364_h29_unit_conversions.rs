// A units library whose facade module re-exports items that are not public enough.
mod units {
    pub mod length {
        pub const MM_PER_INCH: f64 = 25.4;

        pub(super) fn inches_to_mm(i: f64) -> f64 {
            i * MM_PER_INCH
        }

        const FEET_PER_MILE: f64 = 5280.0;

        pub fn miles_to_feet(m: f64) -> f64 {
            m * FEET_PER_MILE
        }

        pub mod prelude {
            pub use super::FEET_PER_MILE;
        }
    }

    pub use self::length::inches_to_mm;
    pub use self::length::miles_to_feet;

    pub fn describe(mm: f64) -> f64 {
        inches_to_mm(mm / length::MM_PER_INCH)
    }
}

use units::length::prelude::FEET_PER_MILE;

fn main() {
    let mm = units::inches_to_mm(2.0);
    println!("{} {} {}", mm, units::miles_to_feet(0.5), units::describe(50.8));
    println!("{}", FEET_PER_MILE);
}
