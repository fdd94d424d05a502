pub mod shapes;

pub const LEN: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

impl Point {
    pub const ORIGIN: Point = Point { x: 0, y: 0 };

    pub fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }

    pub fn step(self, h: Heading, n: i32) -> Point {
        match h {
            Heading::North => Point::new(self.x, self.y + n),
            Heading::South => Point::new(self.x, self.y - n),
            Heading::East => Point::new(self.x + n, self.y),
            Heading::West => Point::new(self.x - n, self.y),
        }
    }

    pub fn manhattan(&self, other: &Point) -> i32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    North,
    East,
    South,
    West,
}

impl Heading {
    pub fn right(self) -> Heading {
        match self {
            Heading::North => Heading::East,
            Heading::East => Heading::South,
            Heading::South => Heading::West,
            Heading::West => Heading::North,
        }
    }
}
