//! Plane geometry: points and shapes, split over file modules.
pub mod point;
pub mod shapes;

pub use point::Point;

pub fn total_area(shapes: &[shapes::Shape]) -> f64 {
    let mut sum = 0.0;
    for s in shapes {
        sum += s.area();
    }
    sum
}
