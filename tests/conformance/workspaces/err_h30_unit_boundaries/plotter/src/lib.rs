// Pen moves measured in millimetres.
use lengths::{Axis, Mm};

#[derive(Debug, Clone, Copy)]
pub struct Move {
    pub axis: Axis,
    pub by: Mm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pen {
    Up,
    Down,
}

pub fn travel(moves: &[Move], axis: Axis) -> Mm {
    let mut total = Mm::ZERO;
    for m in moves {
        if m.axis == axis {
            total = total.add(m.by);
        }
    }
    total
}

pub fn steps(distance: Mm, steps_per_mm: u32) -> u32 {
    (distance.0 * steps_per_mm as f64) as u32
}
