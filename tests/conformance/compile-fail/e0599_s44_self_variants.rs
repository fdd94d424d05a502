// `Self::Variant { .. }` in an enum's impl, and variants that do not exist.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Rect { w: u32, h: u32 },
    Dot,
}

impl Shape {
    fn square(side: u32) -> Self {
        Self::Rect { w: side, h: side }
    }

    fn wide(w: u32) -> Self {
        Self::Rect { w, h: "1" }
    }

    fn circle(r: u32) -> Self {
        Self::Circle { r }
    }

    fn area(&self) -> u32 {
        match self {
            Self::Rect { w, h } => w * h,
            Self::Dot => 0,
        }
    }
}

fn describe(s: Shape) -> &'static str {
    match s {
        Shape::Rect { .. } => "rect",
        Shape::Oval { .. } => "oval",
        Shape::Dot => "dot",
    }
}

fn main() {
    let mut total = 0;
    for s in [Shape::square(2), Shape::wide(3), Shape::circle(1), Shape::Dot] {
        total += s.area();
        println!("{}", describe(s));
    }
    println!("{}", total);
}
