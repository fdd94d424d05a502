// lints: unused_imports unused_parens
// Geometry helpers spread over modules; some imports are never needed.
mod shapes {
    #[derive(Debug, Clone, Copy)]
    pub struct Point {
        pub x: f64,
        pub y: f64,
    }

    pub struct Rect {
        pub min: Point,
        pub max: Point,
    }

    pub const ORIGIN: Point = Point { x: 0.0, y: 0.0 };

    pub fn area(r: &Rect) -> f64 {
        ((r.max.x - r.min.x) * (r.max.y - r.min.y))
    }

    pub mod util {
        pub fn sq(v: f64) -> f64 {
            v * v
        }
        pub fn cube(v: f64) -> f64 {
            v * v * v
        }
    }
}

mod report {
    use super::shapes::{Point, Rect, ORIGIN};
    use super::shapes::util::*;
    use std::f64::consts::PI;

    pub fn dist(p: Point) -> f64 {
        let d = (sq(p.x) + sq(p.y));
        d.sqrt()
    }
}

use shapes::{area, Point, Rect};
use shapes::util::{self, cube};
use shapes::ORIGIN as O;
use std::f64::consts::{E, PI};

fn main() {
    let p = Point { x: 3.0, y: 4.0 };
    let r = Rect { min: shapes::ORIGIN, max: p };
    let a = (area(&r));
    if (a > 10.0) {
        println!("big {}", a);
    }
    let mut i = (0);
    while (i < 2) {
        i += 1;
    }
    for k in (0..2) {
        println!("{}", k);
    }
    let t = (PI * 2.0);
    println!("{} {} {}", report::dist(p), util::sq(t), (i));
    match (i) {
        _ => {}
    }
    return (());
}
