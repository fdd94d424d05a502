pub mod point;

use self::point::Point;
use std::cmp::max;

pub fn distance(a: Point, b: Point) -> i32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

pub(super) fn bounding(a: Point, b: Point) -> i32 {
    let unused_width = a.x - b.x;
    0
}
