// passing the wrong struct and an enum variant name where a struct was expected
#[derive(Debug, Clone, Copy)]
struct Meters(f64);

#[derive(Debug, Clone, Copy)]
struct Feet(f64);

#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Square { side: f64 },
}

fn run_distance(d: Meters) -> f64 {
    d.0 / 1000.0
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.14 * r * r,
        Shape::Square { side } => side * side,
    }
}

fn main() {
    let f = Feet(5280.0);
    println!("{}", run_distance(f));
    let s = Shape::Square { side: 2.0 };
    println!("{}", area(s));
}
