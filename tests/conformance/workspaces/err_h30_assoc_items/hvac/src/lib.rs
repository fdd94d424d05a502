// Heating and cooling units with their operating limits.
pub mod modes;

pub use modes::Mode;

pub struct Unit {
    pub name: &'static str,
    pub mode: Mode,
    setpoint: i16,
}

impl Unit {
    pub const MIN_SET: i16 = 10;
    pub const MAX_SET: i16 = 30;
    const FACTORY_SET: i16 = 21;

    pub fn new(name: &'static str) -> Unit {
        Unit { name, mode: Mode::Off, setpoint: Unit::FACTORY_SET }
    }

    pub fn setpoint(&self) -> i16 {
        self.setpoint
    }

    pub fn set(&mut self, t: i16) {
        self.setpoint = Unit::clamp(t);
    }

    fn clamp(t: i16) -> i16 {
        t.clamp(Unit::MIN_SET, Unit::MAX_SET)
    }
}
