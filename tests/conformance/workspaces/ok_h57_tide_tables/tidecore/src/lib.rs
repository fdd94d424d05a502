//! Tide table helpers.
pub mod units;
pub mod station;

pub use station::{Station, Tide};
pub use units::Meters;

pub const MAX_STATIONS: usize = 4;
pub static HARBOUR_NAME: &str = "Port Wren";

pub(crate) fn clamp_level(level: f64) -> f64 {
    level.clamp(-3.0, 12.0)
}

pub fn describe(t: Tide) -> &'static str {
    match t {
        Tide::High { .. } => "high water",
        Tide::Low { .. } => "low water",
        Tide::Slack => "slack",
    }
}
