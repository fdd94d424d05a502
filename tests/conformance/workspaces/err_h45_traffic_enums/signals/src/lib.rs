// Traffic light states shared by every junction controller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Light {
    Red,
    Amber,
    Green,
    FlashingAmber,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sensor {
    Idle,
    Car { lane: u8 },
    Pedestrian(u8),
    Fault(u16),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    Low = 1,
    Normal = 5,
    Emergency = 10,
}

pub use Light::*;

impl Light {
    pub fn next(self) -> Light {
        match self {
            Red => Green,
            Green => Amber,
            Amber => Red,
            FlashingAmber => FlashingAmber,
        }
    }
}
