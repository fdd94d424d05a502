// Enums with tuple and struct variants, C-like enums with explicit
// discriminants and casts, nested matches, associated consts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Color {
    Red = 1,
    Green = 2,
    Blue = 4,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Dot,
}

#[derive(Debug, Clone, Copy)]
enum Item {
    Painted(Shape, Color),
    Plain(Shape),
}

struct Canvas;

impl Canvas {
    const MAX_ITEMS: usize = 3;
    const UNIT: f64 = 1.0;

    fn area(s: &Shape) -> f64 {
        match s {
            Shape::Circle(r) => std::f64::consts::PI * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Dot => Self::UNIT,
        }
    }

    fn describe(&self, item: Item) -> u32 {
        match item {
            Item::Painted(Shape::Circle(_), c) => 10 + c as u32,
            Item::Painted(Shape::Rect { w, .. }, Color::Red) if w > 1.0 => 20,
            Item::Painted(_, c) => 30 + c as u32,
            Item::Plain(Shape::Dot) => 0,
            Item::Plain(s) => Self::area(&s) as u32,
        }
    }
}

fn main() {
    let items = [
        Item::Painted(Shape::Circle(1.5), Color::Blue),
        Item::Painted(Shape::Rect { w: 2.0, h: 3.0 }, Color::Red),
        Item::Plain(Shape::Rect { w: 4.0, h: 0.5 }),
    ];
    let canvas = Canvas;
    let mut total = 0;
    for (i, it) in items.iter().enumerate() {
        if i >= Canvas::MAX_ITEMS {
            break;
        }
        let d = canvas.describe(*it);
        println!("{} {:?} -> {}", i, it, d);
        total += d;
    }
    println!("total {}", total);
    println!("green as i32 = {}", Color::Green as i32);
    println!("order {}", Color::Red < Color::Blue);
    println!("dot area {}", Canvas::area(&Shape::Dot));
    println!("eq {}", Shape::Dot == Shape::Dot);
}
