// Drawing shapes: a struct-like variant is built with a field it does not have,
// and a pattern names a field the variant does not have.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { radius: f64 },
    Rect { width: f64, height: f64 },
    Triangle { a: f64, b: f64, c: f64 },
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { radius } => 3.14159 * radius * radius,
        Shape::Rect { width, height } => width * height,
        Shape::Triangle { a, b, c } => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
    }
}

fn perimeter(s: &Shape) -> f64 {
    match *s {
        Shape::Circle { radius } => 2.0 * 3.14159 * radius,
        Shape::Rect { width, len } => 2.0 * (width + len),
        Shape::Triangle { a, b, c } => a + b + c,
    }
}

fn main() {
    let shapes = [
        Shape::Circle { radius: 1.5 },
        Shape::Rect { width: 2.0, height: 3.0 },
        Shape::Triangle { a: 3.0, b: 4.0, side_c: 5.0 },
    ];
    let mut total = 0.0;
    for s in shapes.iter() {
        total += area(s) + perimeter(s);
    }
    println!("{:.3}", total);
}
