#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Watts(pub u32);

pub const KILO: u32 = 1000;

pub fn kilowatts(w: Watts) -> f64 {
    w.0 as f64 / KILO as f64
}
