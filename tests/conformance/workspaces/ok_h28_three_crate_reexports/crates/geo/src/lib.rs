// Base geometry types.
pub mod point {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    impl Point {
        pub const ORIGIN: Point = Point { x: 0, y: 0 };
        pub fn manhattan(self, other: Point) -> u32 {
            self.x.abs_diff(other.x) + self.y.abs_diff(other.y)
        }
    }
}

pub mod shape {
    use crate::point::Point;

    #[derive(Debug, Clone, Copy)]
    pub enum Shape {
        Dot(Point),
        Rect { min: Point, max: Point },
    }

    pub fn area(s: Shape) -> u32 {
        match s {
            Shape::Dot(_) => 0,
            Shape::Rect { min, max } => min.x.abs_diff(max.x) * min.y.abs_diff(max.y),
        }
    }
}
