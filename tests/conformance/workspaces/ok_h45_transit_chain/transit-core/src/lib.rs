// Core identifiers for a public transport network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Bus,
    Tram,
    Metro,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StopId(pub u16);

pub mod time {
    pub const MINUTES_PER_HOUR: u32 = 60;

    pub fn hhmm(minutes: u32) -> (u32, u32) {
        (minutes / MINUTES_PER_HOUR, minutes % MINUTES_PER_HOUR)
    }
}
