use super::{Grams, KILO};

pub fn from_kilos(k: i64) -> Grams {
    Grams::new(k * KILO)
}

pub fn from_pounds(lb: f64) -> Grams {
    Grams::new((lb * 453.592).round() as i64)
}
