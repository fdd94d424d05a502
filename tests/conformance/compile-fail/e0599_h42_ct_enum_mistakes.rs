// Enum mistakes: unknown variant and casting an enum whose variants carry data.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Square(f64),
    Triangle { base: f64, height: f64 },
}

#[derive(Debug, Clone, Copy)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

fn area(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14159 * r * r,
        Shape::Square(a) => a * a,
        Shape::Triangle { base, height } => base * height / 2.0,
    }
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Square(2.0), Shape::Triangle { base: 3.0, height: 4.0 }];
    for s in shapes {
        println!("{:?} -> {:.2}", s, area(s));
    }
    let lv = Level::Mid;
    println!("level {}", lv as u8);
    // mistake 1: there is no Rectangle variant
    let r = Shape::Rectangle(2.0, 3.0);
    // mistake 2: Shape has data, it cannot be cast
    let code = shapes[0] as i32;
    println!("{:?} {}", r, code);
    println!("{:?} {:?}", Level::Low, Level::High);
}
