// lints: unused_imports
// Geometry crate split into modules; imports left behind after refactoring.

mod shapes {
    #[derive(Debug, Clone, Copy)]
    pub struct Point {
        pub x: f64,
        pub y: f64,
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Circle {
        pub center: Point,
        pub r: f64,
    }

    pub const ORIGIN: Point = Point { x: 0.0, y: 0.0 };
}

mod math {
    use super::shapes::{Circle, Point};
    use std::f64::consts::{E, PI};

    pub fn dist(a: Point, b: Point) -> f64 {
        ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
    }

    pub fn area(r: f64) -> f64 {
        PI * r * r
    }
}

use math::{area, dist};
use shapes::{Circle, Point, ORIGIN};
use std::f64::consts;

fn main() {
    let c = Circle { center: Point { x: 3.0, y: 4.0 }, r: 2.0 };
    println!("{:.3}", dist(c.center, ORIGIN));
    println!("{:.3}", area(c.r));
}
