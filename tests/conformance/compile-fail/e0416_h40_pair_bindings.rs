#[derive(Debug, Clone, Copy)]
enum Shape {
    Line(i32, i32),
    Box { w: i32, h: i32 },
    Point,
}

fn is_square(s: Shape) -> bool {
    match s {
        Shape::Box { w: side, h: side } => true,
        _ => false,
    }
}

fn diag(p: (i32, i32)) -> bool {
    let (a, a) = p;
    a == 0
}

fn span(s: Shape) -> i32 {
    match s {
        Shape::Line(a, b) | Shape::Box { w: a, h: b } => b - a,
        Shape::Point => 0,
    }
}

fn first(s: Shape) -> i32 {
    match s {
        Shape::Line(x, _) | Shape::Box { w: _, h: y } => x,
        Shape::Point => 0,
    }
}

fn main() {
    let s = Shape::Box { w: 2, h: 2 };
    println!("{} {} {} {}", is_square(s), diag((1, 1)), span(Shape::Line(1, 5)), first(Shape::Point));
}
