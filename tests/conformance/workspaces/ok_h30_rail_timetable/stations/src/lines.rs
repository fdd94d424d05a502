mod colors;

pub use self::colors::Color;
use crate::Station;

pub struct Line {
    pub color: Color,
    pub stops: [Station; 3],
}

pub const RED: Line = Line {
    color: Color::Red,
    stops: [Station::Harbor, Station::Market, Station::Castle],
};

pub const BLUE: Line = Line {
    color: Color::Blue,
    stops: [Station::Market, Station::Castle, Station::Airport],
};

impl Line {
    pub fn length_km(&self) -> u32 {
        self.stops[2].km() - self.stops[0].km()
    }
}
