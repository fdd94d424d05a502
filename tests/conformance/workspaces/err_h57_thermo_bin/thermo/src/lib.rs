mod scale;

pub use scale::{Celsius, Fahrenheit};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Off,
    Heat,
    Cool,
    Auto { band: u8 },
}

#[derive(Debug, Clone, Copy)]
pub struct Setpoint {
    pub target: Celsius,
    pub mode: Mode,
}

pub const COMFORT: Setpoint = Setpoint { target: Celsius(21.0), mode: Mode::Auto { band: 2 } };

pub fn heat_needed(current: Celsius, sp: &Setpoint) -> bool {
    current.0 < sp.target.0
}
