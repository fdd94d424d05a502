use std::f64::consts::PI;

#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn dist(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    fn angle(self) -> f64 {
        self.y.atan2(self.x)
    }

    fn rotate(self, theta: f64) -> Point {
        let (s, c) = (theta.sin(), theta.cos());
        Point { x: self.x * c - self.y * s, y: self.x * s + self.y * c }
    }
}

fn polygon_area(pts: &[Point]) -> f64 {
    let n = pts.len();
    let mut acc = 0.0;
    for i in 0..n {
        let j = (i + 1) % n;
        acc += pts[i].x.mul_add(pts[j].y, -pts[j].x * pts[i].y);
    }
    acc.abs() / 2.0
}

fn circle_area(r: f64) -> f64 {
    PI * r.powi(2)
}

fn approx_eq(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9_f64.max(f64::EPSILON * a.abs().max(b.abs()))
}

fn main() {
    let square = [
        Point { x: 0.0, y: 0.0 },
        Point { x: 2.0, y: 0.0 },
        Point { x: 2.0, y: 2.0 },
        Point { x: 0.0, y: 2.0 },
    ];
    println!("area = {}", polygon_area(&square));
    println!("diag = {:.4}", square[0].dist(square[2]));
    let p = Point { x: 1.0, y: 0.0 }.rotate(PI / 2.0);
    println!("rotated = ({:.3}, {:.3}), angle = {:.4}", p.x, p.y, p.angle());
    println!("circle r=1.5: {:.5}", circle_area(1.5));
    println!("cube root 27 = {}", 27.0f64.cbrt());
    println!("{}", approx_eq(0.1 + 0.2, 0.3));
    let t: f64 = -2.75;
    println!("{} {} {} {} {}", t.floor(), t.ceil(), t.round(), t.trunc(), t.fract());
    let clamped = 7.5f64.clamp(0.0, 5.0);
    println!("clamped {}", clamped);
    println!("{} {}", f64::NAN.is_nan(), (1.0f64 / 0.0).is_finite());
    println!("{} {} {}", 2.0f64.ln(), 8.0f64.log2(), 1000.0f64.log10());
    println!("{}", 1.0f64.exp());
}
