// An or-pattern binds `r` in one alternative and `side` in the other.
#[derive(Clone, Copy)]
enum Shape {
    Circle(f64),
    Square(f64),
    Point,
}

fn size(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) | Shape::Square(side) => r,
        Shape::Point => 0.0,
    }
}

fn main() {
    println!("{}", size(Shape::Circle(2.0)) + size(Shape::Square(1.0)) + size(Shape::Point));
}
