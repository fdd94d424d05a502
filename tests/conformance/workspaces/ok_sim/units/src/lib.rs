pub type Meters = f64;
pub type Seconds = f64;

pub const G: f64 = 9.81;

pub mod convert {
    pub fn km_per_hour(meters_per_second: f64) -> f64 {
        meters_per_second * 3.6
    }
}
