//! Weather measurement helpers.
pub mod units;
pub mod sky;

pub use sky::Sky;
pub use units::temperature::{c_to_f, f_to_c as fahrenheit_to_celsius};

pub const WINDOW: usize = 6;
pub static STATION_NAME: &str = "north-ridge";

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub celsius: f64,
    pub humidity: u8,
    pub sky: Sky,
}

impl Reading {
    pub const EMPTY: Reading = Reading { celsius: 0.0, humidity: 0, sky: Sky::Clear };

    pub fn new(celsius: f64, humidity: u8, sky: Sky) -> Reading {
        Reading { celsius, humidity, sky }
    }

    pub fn feels_warm(&self) -> bool {
        self::units::temperature::c_to_f(self.celsius) > 70.0
    }
}

pub fn average(readings: &[Reading; WINDOW]) -> f64 {
    let mut sum = 0.0;
    for r in readings {
        sum += r.celsius;
    }
    sum / WINDOW as f64
}
