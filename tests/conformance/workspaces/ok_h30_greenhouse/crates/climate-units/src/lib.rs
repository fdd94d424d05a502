// Units shared by every greenhouse crate.
mod temp;
pub mod humidity;

pub use temp::{Celsius, FREEZING};
pub use humidity::Percent;

pub const UNITS_VERSION: u32 = 3;
