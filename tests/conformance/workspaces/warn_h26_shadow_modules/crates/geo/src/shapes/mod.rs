pub mod rect;
mod circle;

use super::*;
use crate::util::absdiff;

pub(in crate::shapes) const UNIT: i32 = 1;

pub fn unit_square() -> rect::Rect {
    rect::Rect::new(ORIGIN.0, ORIGIN.1, UNIT, UNIT)
}
