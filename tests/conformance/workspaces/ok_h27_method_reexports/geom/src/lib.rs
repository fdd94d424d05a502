//! Small geometry library: types live in submodules and are re-exported at the root.
pub mod shapes;
mod units;

pub use shapes::circle::Circle;
pub use shapes::rect::Rect as Rectangle;
pub use units::Unit;

pub(crate) use units::scale;

pub const ORIGIN: (i32, i32) = (0, 0);

pub fn total_area(circles: &[Circle], rects: &[Rectangle]) -> f64 {
    let mut sum = 0.0;
    for c in circles {
        sum += c.area();
    }
    for r in rects.iter() {
        sum += r.area() as f64;
    }
    scale(sum, Unit::Metre)
}
