// Base units shared by the meter library; only warnings here.
pub const MILLIS_PER_SECOND: u32 = 1000;

pub struct Watts(pub u32);

pub fn to_kilo(w: Watts) -> u32 {
    let mut rounded = w.0 + 500;
    rounded / 1000
}

fn unused_helper() -> u32 {
    MILLIS_PER_SECOND * 60
}
