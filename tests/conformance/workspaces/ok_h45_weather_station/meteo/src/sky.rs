#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sky {
    Clear,
    Cloudy { cover: u8 },
    Rain(u16),
    Storm,
}

impl Sky {
    pub fn symbol(self) -> char {
        match self {
            Sky::Clear => 'o',
            Sky::Cloudy { cover } if cover > 80 => '#',
            Sky::Cloudy { .. } => '~',
            Sky::Rain(_) => '/',
            Sky::Storm => '!',
        }
    }

    pub fn severity(&self) -> u8 {
        crate::sky::rank(*self)
    }
}

fn rank(s: Sky) -> u8 {
    match s {
        Sky::Clear | Sky::Cloudy { .. } => 0,
        Sky::Rain(mm) if mm > 20 => 2,
        Sky::Rain(_) => 1,
        Sky::Storm => 3,
    }
}
