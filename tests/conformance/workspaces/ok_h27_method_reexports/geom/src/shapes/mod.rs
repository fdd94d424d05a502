pub mod circle;
pub mod rect;

pub(crate) const PI: f64 = 3.14159;
