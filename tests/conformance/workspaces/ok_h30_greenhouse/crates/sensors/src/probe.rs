pub mod calib;

use units::{Celsius, Percent};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeKind {
    Air = 1,
    Soil = 2,
    Leaf = 4,
}

pub struct Probe {
    pub kind: ProbeKind,
    pub raw_temp: i32,
    pub raw_humidity: i32,
}

impl Probe {
    pub const MAX_RAW: i32 = 4095;

    pub fn temperature(&self, cal: &calib::Calibration) -> Celsius {
        Celsius(cal.apply(self.raw_temp))
    }

    pub fn humidity(&self) -> Percent {
        Percent::new(self.raw_humidity * 100 / Probe::MAX_RAW)
    }
}
