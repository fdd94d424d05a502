// Colors and color spaces.
pub mod spaces;
pub mod named;

pub use spaces::rgb::Rgb;
pub use spaces::gray::Gray;
pub use named::*;
