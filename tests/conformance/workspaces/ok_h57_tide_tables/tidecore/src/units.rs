#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Meters(pub f64);

impl Meters {
    pub const ZERO: Meters = Meters(0.0);

    pub fn to_feet(self) -> f64 {
        self.0 * 3.28084
    }

    pub fn clamped(self) -> Meters {
        Meters(crate::clamp_level(self.0))
    }
}
