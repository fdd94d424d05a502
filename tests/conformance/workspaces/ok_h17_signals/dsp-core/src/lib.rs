pub mod sample;
pub mod wave;

pub use sample::{Sample, RATE};
pub use wave::Shape::{self, *};

pub type Level = f64;
