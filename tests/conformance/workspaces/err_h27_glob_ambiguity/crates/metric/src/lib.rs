//! Metric conversions.
pub const BASE: u32 = 1000;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Length(pub u32);

pub fn to_base(v: u32) -> u32 {
    v * BASE
}

pub fn label() -> &'static str {
    "m"
}

pub mod prelude {
    pub use super::{label, to_base, Length};
}
