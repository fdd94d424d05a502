//! 2D geometry: pub items are never dead in a library, private ones can be.
pub mod shapes;
mod math;

use math::{sq, cube};
pub use shapes::circle::Circle;

pub const ORIGIN: (i32, i32) = (0, 0);
const SCALE: i32 = 10;
pub(crate) const UNUSED_CRATE_CONST: i32 = 3;
static BANNER: &str = "geom";

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

struct Cache {
    last: i32,
    hits: u32,
}

pub fn dist2(a: Point, b: Point) -> i32 {
    let dx = a.x - b.x;
    let dy = a.y - b.y;
    let unused_scale = SCALE;
    sq(dx) + sq(dy)
}

pub(crate) fn crate_only(p: Point) -> i32 {
    p.x * SCALE
}

fn private_used_by_pub() -> i32 {
    sq(2)
}

pub fn banner_len() -> usize {
    BANNER.len() + private_used_by_pub() as usize
}

impl Point {
    pub fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }

    fn mirrored(&self) -> Point {
        Point { x: -self.x, y: self.y }
    }

    pub(crate) fn flip(self) -> Point {
        Point { x: self.y, y: self.x }
    }
}
