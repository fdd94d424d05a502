// A shape classifier whose patterns have the wrong arity or field names.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Triangle { a: f64, b: f64, c: f64 },
    Dot,
}

#[derive(Debug, Clone, Copy)]
struct Labeled {
    name: u8,
    shape: Shape,
    layer: u32,
}

#[derive(Debug, Clone, Copy)]
struct Point3(i32, i32, i32);

fn area(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Rect(w) => w * w,
        Shape::Triangle { a, b, c } => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
        Shape::Dot => 0.0,
    }
}

fn perimeter(s: Shape) -> f64 {
    match s {
        Shape::Circle(r, _) => 6.28 * r,
        Shape::Rect(w, h) => 2.0 * (w + h),
        Shape::Triangle { a, b, side } => a + b + side,
        Shape::Dot => 0.0,
    }
}

fn describe(l: &Labeled) -> u32 {
    let Labeled { name, shape } = *l;
    let Labeled { layer, depth, .. } = *l;
    name as u32 + layer + if shape == Shape::Dot { 0 } else { 1 }
}

fn main() {
    let l = Labeled { name: b'x', shape: Shape::Rect(2.0, 3.0), layer: 1 };
    let Point3(x, y) = Point3(1, 2, 3);
    let Point3(.., z, w) = Point3(4, 5, 6);
    println!("{} {} {} {} {} {} {}", area(l.shape), perimeter(l.shape), describe(&l), x, y, z, w);
}
