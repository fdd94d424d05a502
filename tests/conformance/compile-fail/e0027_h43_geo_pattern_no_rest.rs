// filled added to Circle; a pattern without .. not updated
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { center: Point, radius: f64, filled: bool },
    Rect { min: Point, max: Point },
    Triangle(Point, Point, Point),
}

fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

fn area(shape: &Shape) -> f64 {
    match shape {
        Shape::Circle { radius, .. } => std::f64::consts::PI * radius * radius,
        Shape::Rect { min, max } => (max.x - min.x) * (max.y - min.y),
        Shape::Triangle(a, b, c) => {
            ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0
        }
    }
}

fn perimeter(shape: &Shape) -> f64 {
    match *shape {
        Shape::Circle { radius, .. } => 2.0 * std::f64::consts::PI * radius,
        Shape::Rect { min, max } => 2.0 * ((max.x - min.x) + (max.y - min.y)),
        Shape::Triangle(a, b, c) => distance(a, b) + distance(b, c) + distance(c, a),
    }
}

fn contains(shape: &Shape, p: Point) -> bool {
    match shape {
        Shape::Circle { center, radius } => distance(*center, p) <= *radius,
        Shape::Rect { min, max } => p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y,
        Shape::Triangle(..) => false,
    }
}

fn main() {
    let origin = Point { x: 0.0, y: 0.0 };
    let shapes = [
        Shape::Circle { center: origin, radius: 2.0, filled: true },
        Shape::Rect { min: Point { x: -1.0, y: -1.0 }, max: Point { x: 3.0, y: 2.0 } },
        Shape::Triangle(origin, Point { x: 4.0, y: 0.0 }, Point { x: 0.0, y: 3.0 }),
    ];
    let probe = Point { x: 1.0, y: 1.0 };
    for s in shapes.iter() {
        println!("{:?}", s);
        println!("  area {:.3} perimeter {:.3} contains {}", area(s), perimeter(s), contains(s, probe));
    }
}
