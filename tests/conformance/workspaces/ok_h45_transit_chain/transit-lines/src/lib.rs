// Lines are sequences of stops served by one mode.
pub use core_types::time;
pub use core_types::{Mode as Vehicle, StopId};

pub const MAX_STOPS: usize = 5;

#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub number: u16,
    pub vehicle: Vehicle,
    pub stops: [StopId; MAX_STOPS],
    pub minutes_between: u32,
}

impl Line {
    pub fn travel_time(&self, from: usize, to: usize) -> u32 {
        let hops = if to > from { to - from } else { from - to };
        hops as u32 * self.minutes_between
    }

    pub fn serves(&self, stop: StopId) -> bool {
        for s in self.stops {
            if s == stop {
                return true;
            }
        }
        false
    }
}
