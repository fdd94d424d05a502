// Errors in one arm or branch that decide the type of the whole expression.
#[derive(Clone, Copy)]
enum Shape {
    Circle(f64),
    Square(f64),
    Tri(f64, f64),
}

fn area(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Square(a) => side_area(a),
        Shape::Tri(b, h) => "half",
    }
}

fn perimeter(s: Shape) -> f64 {
    let p = if let Shape::Circle(r) = s {
        circumference(r)
    } else {
        4
    };
    p
}

fn label(s: Shape) -> &'static str {
    let l = match s {
        Shape::Circle(_) => unknown_label,
        Shape::Square(_) => "square",
        Shape::Tri(..) => 3,
    };
    l
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Square(2.0), Shape::Tri(3.0, 4.0)];
    for s in shapes {
        let a = area(s);
        let p = perimeter(s);
        println!("{} {} {}", label(s), a, p);
    }
}
