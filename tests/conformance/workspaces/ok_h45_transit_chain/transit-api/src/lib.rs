// The facade that applications depend on.
pub use transit_lines::*;
pub use transit_core::Mode;

pub mod prelude {
    pub use crate::{Line, StopId, Vehicle, MAX_STOPS};
    pub use transit_lines::time::hhmm as clock;
}

pub fn fare(mode: Mode, minutes: u32) -> u32 {
    let base = match mode {
        Mode::Bus => 150,
        Vehicle::Tram => 180,
        transit_core::Mode::Metro => 220,
    };
    base + minutes * 2
}
