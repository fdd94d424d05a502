// Departure times computed from line lengths.
pub mod table;

pub use net::Station;
pub use table::{departures, Departure};

pub(crate) const MINUTES_PER_KM: u32 = 2;
