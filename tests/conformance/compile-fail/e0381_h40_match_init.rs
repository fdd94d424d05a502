#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Square(f64),
    Triangle(f64, f64),
}

fn perimeter(s: Shape) -> f64 {
    let p: f64;
    match s {
        Shape::Circle(r) => p = 2.0 * 3.14159 * r,
        Shape::Square(a) => p = 4.0 * a,
        Shape::Triangle(_, _) => println!("unsupported"),
    }
    p
}

fn kind(s: Shape) -> u8 {
    let k;
    if let Shape::Circle(_) = s {
        k = 1;
    } else if let Shape::Square(_) = s {
        k = 2;
    }
    k
}

fn main() {
    println!("{} {}", perimeter(Shape::Square(2.0)), kind(Shape::Triangle(1.0, 2.0)));
}
