#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Square(f64),
    Point,
}

fn size(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) | Shape::Square(w) => r,
    }
}

fn main() {
    println!("{}", size(Shape::Circle(1.0)));
    let _ = Shape::Point;
    let _ = Shape::Square(2.0);
}
