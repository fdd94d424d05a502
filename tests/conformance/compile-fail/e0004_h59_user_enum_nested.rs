#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { radius: f64 },
    Square(f64),
    Triangle { a: f64, b: f64, c: f64 },
}

#[derive(Debug, Clone, Copy)]
enum Slot {
    Empty,
    Filled(Shape),
}

fn area(slot: Slot) -> f64 {
    match slot {
        Slot::Empty => 0.0,
        Slot::Filled(Shape::Square(s)) => s * s,
        Slot::Filled(Shape::Triangle { a, b, c }) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
    }
}

fn main() {
    let slots = [
        Slot::Empty,
        Slot::Filled(Shape::Square(2.0)),
        Slot::Filled(Shape::Circle { radius: 1.0 }),
        Slot::Filled(Shape::Triangle { a: 3.0, b: 4.0, c: 5.0 }),
    ];
    let mut total = 0.0;
    for s in slots {
        total += area(s);
    }
    println!("total area {:.2}", total);
}
