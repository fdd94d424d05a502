#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
    x: i32,
}

#[derive(Debug)]
enum Shape {
    Dot(Point),
    Line(Point, Point),
}

fn area(s: &Shape) -> i32 {
    match s {
        Shape::Dot(_) => 0,
        Shape::Line(..) => 0,
    }
}

struct Point {
    z: i32,
}

impl Shape {
    fn name(&self) -> &'static str {
        "shape"
    }

    fn name(&self) -> &'static str {
        "again"
    }
}

fn area(s: &Shape) -> i32 {
    1
}

fn helper(a: i32, a: i32) -> i32 {
    a
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let s = Shape::Dot(p);
    println!("{} {}", area(&s), s.name());
    println!("{}", helper(1, 2));
    let limit = 10;
    const MAX: i32 = limit * 2;
    println!("{}", MAX);
}
