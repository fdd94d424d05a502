use super::Inch;
use crate::Mm;

pub fn to_mm(i: Inch) -> Mm {
    Mm(i.0 * 25.4)
}
