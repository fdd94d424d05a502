// The network: stations and the lines joining them.
pub mod lines;

pub use lines::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Station {
    Harbor = 10,
    Market = 20,
    Castle = 35,
    Airport = 60,
}

impl Station {
    pub const COUNT: usize = 4;
    pub const ALL: [Station; Station::COUNT] =
        [Station::Harbor, Station::Market, Station::Castle, Station::Airport];

    pub fn km(self) -> u32 {
        self as u32
    }
}
