/// Gravitational constant in AU^3 / (solar mass * year^2).
pub const G: f64 = 4.0 * std::f64::consts::PI * std::f64::consts::PI;
pub const AU: f64 = 1.0;
pub const YEAR: f64 = 1.0;
