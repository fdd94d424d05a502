pub mod circle;
mod polygon;

pub use polygon::Triangle;

pub fn shape_count() -> u32 {
    2
}
