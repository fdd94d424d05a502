#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Gram,
    Millilitre,
    Piece,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Qty {
    pub amount: u32,
    pub unit: Unit,
}

pub const GRAMS_PER_CUP: u32 = 120;

impl Qty {
    pub fn grams(amount: u32) -> Qty {
        Qty { amount, unit: Unit::Gram }
    }

    pub fn scaled(self, num: u32, den: u32) -> Qty {
        Qty { amount: self.amount * num / den, ..self }
    }
}
