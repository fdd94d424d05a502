// Strongly typed lengths so that millimetres and inches never mix.
pub mod imperial;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Mm(pub f64);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    X,
    Y,
}

impl Mm {
    pub const ZERO: Mm = Mm(0.0);

    pub fn add(self, other: Mm) -> Mm {
        Mm(self.0 + other.0)
    }

    pub fn scale(self, factor: f64, round: bool) -> Mm {
        let v = self.0 * factor;
        Mm(if round { v.round() } else { v })
    }
}
