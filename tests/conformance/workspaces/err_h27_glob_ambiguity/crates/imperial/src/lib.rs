//! Imperial conversions.
pub const FEET_PER_MILE: u32 = 5280;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Length(pub u32);

pub fn to_base(v: u32) -> u32 {
    v * FEET_PER_MILE
}

pub fn inches(feet: u32) -> u32 {
    feet * 12
}

pub mod prelude {
    pub use super::{inches, to_base, Length};
}
