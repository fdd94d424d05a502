#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unit {
    Rpm,
    Kph,
    degrees_c,
}

pub fn suffix(u: Unit) -> &'static str {
    match u {
        Unit::Rpm => "rpm",
        Unit::Kph => "km/h",
        Unit::degrees_c => "°C",
    }
}
