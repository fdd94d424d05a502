use crate::Point;

#[derive(Debug)]
pub struct Rect {
    pub min: Point,
    pub max: Point,
    label: &'static str,
}

impl Rect {
    pub fn new(min: Point, max: Point, label: &'static str) -> Rect {
        Rect { min, max, label }
    }

    pub fn label(&self) -> &'static str {
        self.label
    }

    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    pub fn grow(&mut self, by: i32) {
        self.min = Point::new(self.min.x - by, self.min.y - by);
        self.max = Point::new(self.max.x + by, self.max.y + by);
    }
}

pub fn area(r: &Rect) -> i32 {
    (r.max.x - r.min.x) * (r.max.y - r.min.y)
}

pub fn unit_square() -> Rect {
    Rect::new(Point::ORIGIN, Point::new(1, 1), "unit")
}
