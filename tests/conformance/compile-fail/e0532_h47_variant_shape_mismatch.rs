// Patterns and constructors that use the wrong shape of enum variant.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Dot,
}

impl Shape {
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle(r) => 3.14 * r * r,
            Shape::Rect(w, h) => w * h,
            Shape::Dot(..) => 0.0,
        }
    }

    fn is_round(&self) -> bool {
        match self {
            Shape::Circle => true,
            Shape::Rect { .. } => false,
            Shape::Dot => true,
        }
    }
}

fn main() {
    let shapes = [
        Shape::Circle(1.0),
        Shape::Rect(2.0, 3.0),
        Shape::Dot(),
        Shape::Circle { 0: 2.5 },
    ];
    for s in shapes.iter() {
        println!("{:?} {} {}", s, s.area(), s.is_round());
    }
    let c = Shape::Circle;
    println!("{:?}", c(4.0));
}
