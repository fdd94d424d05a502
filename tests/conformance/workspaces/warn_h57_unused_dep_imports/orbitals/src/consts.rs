pub const AU_KM: f64 = 149_597_870.7;
pub const G: f64 = 6.674e-11;
pub static EARTH_YEAR_DAYS: f64 = 365.256;
