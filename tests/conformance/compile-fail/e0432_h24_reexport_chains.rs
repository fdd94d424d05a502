// Geometry library with re-exports, renames and a few broken imports.
mod geometry {
    pub mod shapes {
        #[derive(Debug, Clone, Copy)]
        pub struct Circle {
            pub r: f64,
        }

        #[derive(Debug, Clone, Copy)]
        pub struct Square {
            pub side: f64,
        }

        pub fn area_circle(c: Circle) -> f64 {
            3.0 * c.r * c.r
        }
    }

    pub mod prelude {
        pub use super::shapes::{Circle as Round, Square};
        pub use super::shapes::area_circle;
    }

    pub use self::shapes::*;
}

use geometry::prelude::{Round, Square};
use geometry::prelude::Circle;
use geometry::shapes::{area_circle as circle_area, Triangle};
use geometry::{area_square, Square as Sq};
use crate::geometry::missing::Thing;
use self::geometry::prelude::*;

fn main() {
    let c = Round { r: 2.0 };
    let s = Square { side: 3.0 };
    let q = Sq { side: 1.0 };
    println!("{} {:?} {:?}", circle_area(c), s, q);
    println!("{}", area_circle(c));
}
