// lints: unused_imports dead_code
mod geo {
    pub mod shapes {
        #[derive(Debug, Clone, Copy)]
        pub struct Point {
            pub x: i32,
            pub y: i32,
        }
        pub struct Circle {
            pub center: Point,
            pub r: u32,
        }
        pub fn origin() -> Point {
            Point { x: 0, y: 0 }
        }
        pub fn unit() -> Circle {
            Circle { center: origin(), r: 1 }
        }
        pub const PI_ISH: f64 = 3.14;
    }
    pub mod metrics {
        pub fn manhattan(a: i32, b: i32) -> i32 {
            a.abs() + b.abs()
        }
        pub fn euclid(a: f64, b: f64) -> f64 {
            (a * a + b * b).sqrt()
        }
    }
    pub use self::shapes::Point;
}

use geo::shapes::{self, origin, unit, Circle, PI_ISH};
use geo::metrics::*;
use geo::metrics::{self as m};
use geo::Point;
use std::f64::consts::{E, PI};
use std::fmt;
use geo::metrics::{euclid as _, manhattan as mh};

fn main() {
    let p = origin();
    let q = shapes::Point { x: 3, y: -4 };
    println!("{:?} {}", p, manhattan(q.x, q.y));
    println!("{}", mh(1, 2));
    println!("{}", PI);
    let _c: Circle = shapes::unit();
}
