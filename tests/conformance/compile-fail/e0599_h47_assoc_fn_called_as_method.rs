// Associated functions vs methods.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };

    fn new(x: f64, y: f64) -> Vec2 {
        Vec2 { x, y }
    }

    fn length(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }

    fn add(a: Vec2, b: Vec2) -> Vec2 {
        Vec2::new(a.x + b.x, a.y + b.y)
    }

    fn scale(&mut self, k: f64) {
        self.x *= k;
        self.y *= k;
    }
}

fn main() {
    let mut v = Vec2::new(3.0, 4.0);
    println!("{}", Vec2::length(&v));
    let w = v.add(Vec2::ZERO);
    Vec2::scale(&mut v, 2.0);
    let z = Vec2::ZERO.new(1.0, 1.0);
    println!("{:?} {:?} {}", w, z, v.length());
    let n = Vec2::length();
    println!("{}", n);
}
