// Areas, perimeters and bounding boxes of a few shapes.
use std::f64::consts::PI;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { center: Point, radius: f64 },
    Rect { min: Point, max: Point },
    Triangle(Point, Point, Point),
}

impl Point {
    fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

impl Shape {
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle { radius, .. } => PI * radius * radius,
            Shape::Rect { min, max } => (max.x - min.x) * (max.y - min.y),
            Shape::Triangle(a, b, c) => ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0,
        }
    }

    fn perimeter(&self) -> f64 {
        match self {
            Shape::Circle { radius, .. } => 2.0 * PI * radius,
            Shape::Rect { min, max } => 2.0 * ((max.x - min.x) + (max.y - min.y)),
            Shape::Triangle(a, b, c) => a.distance(*b) + b.distance(*c) + c.distance(*a),
        }
    }

    fn center(&self) -> Point {
        match self {
            Shape::Circle { center, .. } => *center,
            Shape::Rect { min, max } => Point { x: (min.x + max.x) / 2.0, y: (min.y + max.y) / 2.0 },
            Shape::Triangle(a, b, c) => Point { x: (a.x + b.x + c.x) / 3.0, y: (a.y + b.y + c.y) / 3.0 },
        }
    }
}

fn main() {
    let origin = Point { x: 0.0, y: 0.0 };
    let shapes = [
        Shape::Circle { center: origin, radius: 1.5 },
        Shape::Rect { min: Point { x: -1.0, y: -2.0 }, max: Point { x: 3.0, y: 1.0 } },
        Shape::Triangle(origin, Point { x: 4.0, y: 0.0 }, Point { x: 0.0, y: 3.0 }),
    ];
    let mut total = 0.0;
    for s in &shapes {
        let c = s.center();
        println!("area {:8.3} perimeter {:8.3} center ({:.2}, {:.2})", s.area(), s.perimeter(), c.x, c.y);
        total += s.area();
    }
    println!("total area {:.5}", total);
    println!("{:?}", shapes[2]);
}
