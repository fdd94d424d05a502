// Railway signal aspects and the codes sent to the lineside boxes.
pub mod codes;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aspect {
    Red,
    Yellow,
    DoubleYellow,
    Green,
}

pub use Aspect::*;

impl Aspect {
    pub const SAFEST: Aspect = Aspect::Red;

    pub fn blocks_ahead(self) -> u8 {
        match self {
            Red => 0,
            Yellow => 1,
            DoubleYellow => 2,
            Green => 3,
        }
    }
}
