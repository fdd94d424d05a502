#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Empty,
}

fn area(s: &Shape) -> f64 {
    if let Shape::Circle(r) = s {
        3.0 * r * r
    } else if let Shape::Rect { w, h } = s {
        w * h
    } else {
        0.0
    }
}

fn describe(s: Shape) -> u32 {
    let Shape::Rect { w, h } = s else {
        return 0;
    };
    (w + h) as u32
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }, Shape::Empty];
    let mut total = 0.0;
    for s in &shapes {
        total += area(s);
    }
    println!("{}", total);
    let s = Shape::Rect { w: 1.0, h: 1.0 };
    let d = describe(s);
    println!("{} {:?}", d, s);
    let t: u32;
    if d > 1 {
        t = 5;
    } else if d == 0 {
        t = 2;
    }
    println!("{}", t);
}
