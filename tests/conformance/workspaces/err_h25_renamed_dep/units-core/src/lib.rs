//! Kitchen measures.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Grams(pub f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Millilitres(pub f64);

pub const CUP_ML: f64 = 240.0;

pub mod convert {
    use super::{Grams, Millilitres};

    pub fn water(ml: Millilitres) -> Grams {
        Grams(ml.0)
    }

    pub fn cups(n: f64) -> Millilitres {
        Millilitres(n * super::CUP_ML)
    }
}
