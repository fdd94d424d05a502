#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Tri { a: f64, b: f64, c: f64 },
}

fn area(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => std::f64::consts::PI * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Tri { a, b, c } => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
    }
}

fn describe(s: Shape) {
    match s {
        Shape::Circle(_) => println!("a circle),
        Shape::Rect(..) => println!("a rectangle"),
        Shape::Tri { .. } => println!("a triangle"),
    }
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Rect(2.0, 3.0)];
    let mut total = 0;
    for s in shapes {
        total += area(s);
        describe(s);
    }
    let unused = 1;
    println!("{}", total);
}
