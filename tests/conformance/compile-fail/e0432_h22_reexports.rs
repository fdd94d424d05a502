// A geometry library with re-exports; some imports name things that do not exist.
mod geometry {
    pub mod shapes {
        #[derive(Debug, Clone, Copy)]
        pub struct Circle {
            pub r: f64,
        }

        #[derive(Debug, Clone, Copy)]
        pub struct Rect {
            pub w: f64,
            pub h: f64,
        }

        pub fn circle_area(c: Circle) -> f64 {
            std::f64::consts::PI * c.r * c.r
        }
    }

    pub mod units {
        pub const CM_PER_INCH: f64 = 2.54;
    }

    pub use self::shapes::{circle_area, Circle};
    pub use units::*;
}

use geometry::shapes::Triangle;
use geometry::{Circle, Rect};
use geometry::units::MM_PER_INCH;
use geometry::circle_area as area;
use geometry::CM_PER_INCH;
use geometri::shapes;

fn main() {
    let c = Circle { r: 2.0 };
    let inches = 3.0;
    println!("{:.3} {:.2}", area(c), inches * CM_PER_INCH);
}
