// Shapes: a named-field struct constructed like a tuple struct, a type used as a value.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy)]
struct Size(f64, f64);

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { center: Point, radius: f64 },
    Rect { corner: Point, size: Size },
    Triangle(Point, Point, Point),
}

impl Shape {
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle { radius, .. } => std::f64::consts::PI * radius * radius,
            Shape::Rect { size: Size(w, h), .. } => w * h,
            Shape::Triangle(a, b, c) => ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Shape::Circle { .. } => "circle",
            Shape::Rect { .. } => "rect",
            Shape::Triangle(..) => "triangle",
        }
    }
}

fn main() {
    let origin = Point { x: 0.0, y: 0.0 };
    let shapes = [
        Shape::Circle { center: origin, radius: 1.5 },
        // mistake: Point has named fields
        Shape::Rect { corner: Point(1.0, 1.0), size: Size(2.0, 3.0) },
        Shape::Triangle(origin, Point { x: 4.0, y: 0.0 }, Point { x: 0.0, y: 3.0 }),
    ];
    let mut total = 0.0;
    for s in &shapes {
        println!("{:<8} {:>8.3}", s.name(), s.area());
        total += s.area();
    }
    println!("total area {:.3}", total);
    // mistake: a struct-like variant used as a value
    let c = Shape::Circle;
    println!("{:?}", c);
}
