// Coordinate pairs: a name bound twice and names missing from alternatives.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Point(i32, i32),
    Line(i32, i32, i32, i32),
    Circle { x: i32, y: i32, r: u32 },
}

fn origin_distance(p: (i32, i32)) -> i32 {
    let (x, x) = p;
    x.abs() + x.abs()
}

fn anchor(s: Shape) -> (i32, i32) {
    match s {
        Shape::Point(x, y) | Shape::Circle { x, y, .. } => (x, y),
        Shape::Line(x, y, x, _) => (x, y),
    }
}

fn radius(s: Shape) -> u32 {
    match s {
        Shape::Circle { r, .. } | Shape::Point(_, _) => r,
        Shape::Line(..) => 0,
    }
}

fn main() {
    let s = Shape::Circle { x: 1, y: -2, r: 5 };
    println!("{} {:?} {}", origin_distance((3, 4)), anchor(s), radius(s));
}
