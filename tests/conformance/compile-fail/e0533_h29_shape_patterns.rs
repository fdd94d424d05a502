// A shape catalogue that matches struct variants and associated functions as if they were values.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Circle { r: u32 },
    Rect { w: u32, h: u32 },
    Dot,
}

impl Shape {
    fn unit() -> Shape {
        Shape::Rect { w: 1, h: 1 }
    }

    fn area(&self) -> u32 {
        match *self {
            Shape::Circle { r } => 3 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Dot => 0,
        }
    }
}

fn kind(s: Shape) -> &'static str {
    match s {
        Shape::Circle => "circle",
        Shape::Rect { .. } => "rect",
        Shape::unit => "unit",
        Shape::Dot => "dot",
    }
}

fn main() {
    let shapes = [Shape::Circle { r: 2 }, Shape::unit(), Shape::Dot];
    let mut total = 0;
    for s in &shapes {
        total += s.area();
        print!("{} ", kind(*s));
    }
    println!("{}", total);
    let blank = Shape::Rect;
    println!("{:?}", blank);
    let big = Shape::Circle { r: 5, w: 1 };
    println!("{:?}", big);
}
