#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square(f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14159 * r * r;
        Shape::Square(side) => side * side,
    }
}

fn main() {
    println!("{}", area(&Shape::Square(2.0)));
}
