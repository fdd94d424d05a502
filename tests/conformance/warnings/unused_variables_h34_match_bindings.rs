// lints: unused_variables
// Shape renderer that binds more of each pattern than it uses.

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Tri(f64, f64, f64),
}

fn area(s: Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.14159 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Tri(a, b, c) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
    }
}

fn is_wide(s: Shape) -> bool {
    match s {
        Shape::Rect { w, h } => w > 10.0,
        Shape::Circle { r } => false,
        Shape::Tri(a, b, c) => a > 10.0 || b > 10.0,
    }
}

fn main() {
    let shapes = [Shape::Circle { r: 1.5 }, Shape::Rect { w: 12.0, h: 2.0 }, Shape::Tri(3.0, 4.0, 5.0)];
    for (idx, s) in shapes.iter().enumerate() {
        println!("{:.2} {}", area(*s), is_wide(*s));
    }
    if let Shape::Rect { w, h: height } = shapes[1] {
        println!("width {}", w);
    }
}
