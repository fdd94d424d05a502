// Printing a struct with {} (no Display) and with {:?} without derive(Debug).
struct Rectangle {
    width: u32,
    height: u32,
}

#[derive(Debug)]
struct Circle {
    radius: f64,
}

enum Unit {
    Cm,
    Inch,
}

fn main() {
    let rect1 = Rectangle { width: 30, height: 50 };
    println!("rect1 is {}", rect1);
    println!("rect1 is {:?}", rect1);
    let c = Circle { radius: 2.0 };
    println!("circle {:?} radius {}", c, c.radius);
    println!("circle {}", c);
    let u = Unit::Cm;
    println!("unit {:?}", u);
    let _ = Unit::Inch;
    println!("{} x {}", rect1.width, rect1.height);
}
