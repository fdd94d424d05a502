// Missing comma after a non-block match arm.
enum Shape {
    Circle(f64),
    Square(f64),
    Rect(f64, f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14159 * r * r
        Shape::Square(a) => a * a,
        Shape::Rect(w, h) => w * h,
    }
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Square(2.0), Shape::Rect(2.0, 3.0)];
    let mut total = 0.0;
    for s in &shapes {
        total += area(s);
    }
    println!("{:.3}", total);
}
