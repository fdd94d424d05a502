// Enum struct variants built with wrong field names and a missing field.
#[derive(Debug)]
enum Shape {
    Circle { radius: f64 },
    Rect { width: f64, height: f64 },
}

fn main() {
    let c = Shape::Circle { r: 1.0 };
    let r = Shape::Rect { width: 2.0, hieght: 3.0 };
    println!("{:?} {:?}", c, r);
}
