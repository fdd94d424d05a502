// Associated functions called like methods and vice versa.
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
}

impl Shape {
    fn unit() -> Shape {
        Shape::Circle(1.0)
    }

    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => 3.14 * r * r,
            Shape::Rect(w, h) => w * h,
        }
    }

    fn grow(&mut self, k: f64) {
        match self {
            Shape::Circle(r) => *r *= k,
            Shape::Rect(w, h) => {
                *w *= k;
                *h *= k;
            }
        }
    }
}

fn main() {
    let s = Shape::unit();
    let t = s.unit();
    let a = Shape::area();
    let b = Shape::Rect(2.0, 3.0).area();
    let c = Shape::Circle.area();
    s.grow(2.0);
    Shape::grow(&s, 2.0);
    let r = &mut Shape::unit();
    r.grow(1.5);
    println!("{:?} {:?} {} {} {} {:?}", s, t, a, b, c, r);
}
