// Geometry library: shapes in file modules, a few leftovers from refactoring.
pub mod shapes;
mod util;

pub use shapes::rect::Rect;

pub const ORIGIN: (i32, i32) = (0, 0);
const EPSILON_MILLI: i32 = 1;

pub fn manhattan(a: (i32, i32), b: (i32, i32)) -> i32 {
    let dx = util::absdiff(a.0, b.0);
    let dy = util::absdiff(a.1, b.1);
    let dx = dx;
    dx + dy
}
