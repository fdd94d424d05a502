#[derive(Debug, Clone, Copy)]
enum Unit {
    Metric,
    Imperial,
}

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Square(f64),
    Rect { w: f64, h: f64 },
}

#[derive(Debug, Clone, Copy)]
enum Item {
    Plain(Shape),
    Measured(Shape, Unit),
    Empty,
}

fn area(item: Item) -> f64 {
    match item {
        Item::Plain(Shape::Circle(r)) => 3.14 * r * r,
        Item::Plain(Shape::Square(s)) => s * s,
        Item::Plain(Shape::Rect { w, h }) => w * h,
        Item::Measured(Shape::Circle(r), Unit::Metric) => 3.14 * r * r,
        Item::Measured(Shape::Square(s), _) => s * s,
        Item::Measured(Shape::Rect { w, h }, Unit::Imperial) => w * h * 0.0929,
        Item::Empty => 0.0,
    }
}

fn label(item: &Item) -> &'static str {
    match item {
        Item::Plain(_) => "plain",
        Item::Measured(_, Unit::Metric) => "metric",
        Item::Empty => "empty",
    }
}

fn main() {
    let items = [
        Item::Plain(Shape::Circle(1.0)),
        Item::Measured(Shape::Rect { w: 2.0, h: 3.0 }, Unit::Metric),
        Item::Empty,
    ];
    for it in items.iter() {
        println!("{} {:.2}", label(it), area(*it));
    }
}
