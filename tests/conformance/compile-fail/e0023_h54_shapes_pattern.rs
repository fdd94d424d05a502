// Shapes exercise: enum with tuple and struct variants, area and scaling.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(i64),
    Rect(i64, i64),
    Triangle { base: i64, height: i64 },
    Square(i64),
}

const PI_X100: i64 = 314;

impl Shape {
    fn area_x100(&self) -> i64 {
        match *self {
            Shape::Circle(r) => PI_X100 * r * r,
            Shape::Rect(w, h) => 100 * w * h,
            Shape::Triangle { base, height } => 50 * base * height,
            Shape::Square(s) => 100 * s * s,
        }
    }

    fn scale(self, k: i64) -> Shape {
        match self {
            Shape::Circle(r) => Shape::Circle(r * k),
            Shape::Rect(w, h) => Shape::Rect(w * k, h * k),
            Shape::Triangle { base, height } => Shape::Triangle { base: base * k, height: height * k },
            Shape::Square(s) => Shape::Square(s * k),
        }
    }

    fn is_square_like(&self) -> bool {
        match self {
            Shape::Square(_) => true,
            Shape::Rect(w, h, _) => w == h,
            Shape::Triangle { base, heigth } => base == heigth,
            Shape::Circle(..) => false,
        }
    }
}

fn total_area(shapes: &[Shape]) -> i64 {
    let mut t = 0;
    for s in shapes {
        t += s.area_x100();
    }
    t
}

fn main() {
    let shapes = [
        Shape::Circle(2),
        Shape::Rect(3, 4),
        Shape::Triangle { base: 6, height: 2 },
        Shape::Square(5),
        Shape::Rect(7, 7),
    ];
    println!("total area x100 = {}", total_area(&shapes));
    for s in shapes.iter() {
        let big = s.scale(3);
        println!("{:?} -> {:?} square-like {}", s, big, s.is_square_like());
    }
}
