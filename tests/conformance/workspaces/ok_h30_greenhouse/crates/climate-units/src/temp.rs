#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Celsius(pub f64);

pub const FREEZING: Celsius = Celsius(0.0);

impl Celsius {
    pub const ROOM: Celsius = Celsius(21.0);

    pub fn to_fahrenheit(self) -> f64 {
        self.0 * 9.0 / 5.0 + 32.0
    }

    pub fn warmer_than(&self, other: Celsius) -> bool {
        self.0 > other.0
    }
}
