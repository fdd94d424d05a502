pub use geom::Pt;
pub use geom::GRID as CELL;

#[derive(Debug, Clone, Copy)]
pub enum Shape {
    Dot(Pt),
    Box { min: Pt, max: Pt },
}

pub use Shape::*;

impl Shape {
    pub fn width(&self) -> u32 {
        match self {
            Dot(_) => 0,
            Box { min, max } => max.x.abs_diff(min.x),
        }
    }

    pub fn cells(&self) -> u32 {
        self.width() / CELL as u32
    }
}
