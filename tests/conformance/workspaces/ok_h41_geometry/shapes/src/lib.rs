//! Plane geometry primitives shared by the app.

pub mod point {
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
    pub struct Point {
        pub x: f64,
        pub y: f64,
    }

    impl Point {
        pub const ORIGIN: Point = Point { x: 0.0, y: 0.0 };

        pub fn new(x: f64, y: f64) -> Self {
            Point { x, y }
        }

        pub fn dist(self, o: Point) -> f64 {
            (self.x - o.x).hypot(self.y - o.y)
        }
    }
}

pub use point::Point;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Circle { center: Point, r: f64 },
    Rect { min: Point, max: Point },
    Tri([Point; 3]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Circle,
    Rect,
    Tri,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Circle, Kind::Rect, Kind::Tri];
}

impl Shape {
    pub fn kind(&self) -> Kind {
        match self {
            Shape::Circle { .. } => Kind::Circle,
            Shape::Rect { .. } => Kind::Rect,
            Shape::Tri(_) => Kind::Tri,
        }
    }

    pub fn area(&self) -> f64 {
        match *self {
            Shape::Circle { r, .. } => std::f64::consts::PI * r * r,
            Shape::Rect { min, max } => (max.x - min.x) * (max.y - min.y),
            Shape::Tri([a, b, c]) => ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0,
        }
    }

    pub fn perimeter(&self) -> f64 {
        match self {
            Shape::Circle { r, .. } => 2.0 * std::f64::consts::PI * r,
            Shape::Rect { min, max } => 2.0 * ((max.x - min.x) + (max.y - min.y)),
            Shape::Tri(p) => p[0].dist(p[1]) + p[1].dist(p[2]) + p[2].dist(p[0]),
        }
    }

    pub(crate) fn centroid(&self) -> Point {
        match self {
            Shape::Circle { center, .. } => *center,
            Shape::Rect { min, max } => Point::new((min.x + max.x) / 2.0, (min.y + max.y) / 2.0),
            Shape::Tri([a, b, c]) => Point::new((a.x + b.x + c.x) / 3.0, (a.y + b.y + c.y) / 3.0),
        }
    }

    pub fn distance_from_origin(&self) -> f64 {
        self.centroid().dist(Point::ORIGIN)
    }
}
