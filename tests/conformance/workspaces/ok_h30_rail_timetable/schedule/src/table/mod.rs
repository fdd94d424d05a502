mod clock;

use self::clock::Clock;
use net::Line;

#[derive(Debug, Clone, Copy)]
pub struct Departure {
    pub line: char,
    pub at: Clock,
}

pub fn departures(line: &Line, first: u32, count: usize) -> [Departure; 4] {
    let gap = line.length_km() * super::MINUTES_PER_KM;
    let mut out = [Departure { line: line.color.code(), at: Clock::from_minutes(first) }; 4];
    let mut i = 1;
    while i < count && i < out.len() {
        out[i].at = Clock::from_minutes(first + gap * i as u32);
        i += 1;
    }
    out
}

pub use self::clock::Clock as Time;
