use crate::{Cents, ZERO};

pub fn round_cents(v: f64) -> Cents {
    let scaled = v * 100.0;
    let half_up = 0.5;
    Cents(scaled.round() as i64)
}

pub(crate) const BANKERS: bool = false;
