pub mod body;

pub use body::{Body, Phase};

pub const G: f64 = 6.674e-11;

pub fn period(radius_m: f64, mass_kg: f64) -> f64 {
    2.0 * std::f64::consts::PI * (radius_m.powi(3) / (G * mass_kg)).sqrt()
}

pub fn burn(body: &mut Body, dv: f64, seconds: u32) -> Phase {
    body.speed += dv;
    if seconds > 60 {
        Phase::Coast
    } else {
        Phase::Burn { remaining: seconds }
    }
}
