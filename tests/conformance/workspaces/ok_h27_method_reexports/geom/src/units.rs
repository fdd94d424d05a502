#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Metre,
    Centimetre,
}

impl Unit {
    pub const ALL: [Unit; 2] = [Unit::Metre, Unit::Centimetre];

    pub fn factor(self) -> f64 {
        match self {
            Unit::Metre => 1.0,
            Unit::Centimetre => 0.01,
        }
    }
}

pub fn scale(value: f64, unit: Unit) -> f64 {
    value * unit.factor()
}
