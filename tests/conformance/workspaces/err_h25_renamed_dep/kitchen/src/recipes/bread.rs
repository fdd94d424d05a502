use measure::{Grams, Millilitres};
use crate::recipes::total_weight;
use super::super::recipes::bread::Loaf;

pub const SALT: Grams = Grams(10.0);

pub fn hydration(flour: Grams, water: Grams) -> f64 {
    water.0 / flour.0 * 100.0
}

pub fn liquid(ml: Millilitres) -> Grams {
    measure::convert::water(ml, 1.0)
}

pub fn loaf_weight() -> f64 {
    total_weight() + self::SALT
}
