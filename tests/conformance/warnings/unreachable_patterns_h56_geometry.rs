// lints: unreachable_patterns
// Geometry toolkit: 2D vectors, 3x3 matrices for affine transforms,
// polygons stored in fixed arrays, and a few classic algorithms.

use std::f64::consts::PI;

const EPS: f64 = 1e-9;
const MAX_VERTS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vec2 {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat3 {
    m: [[f64; 3]; 3],
}

#[derive(Debug, Clone, Copy)]
struct Polygon {
    pts: [Vec2; MAX_VERTS],
    n: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Orientation {
    Clockwise,
    CounterClockwise,
    Collinear,
}

impl Vec2 {
    const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };

    fn new(x: f64, y: f64) -> Vec2 {
        Vec2 { x, y }
    }
    fn add(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x + o.x, self.y + o.y)
    }
    fn sub(self, o: Vec2) -> Vec2 {
        Vec2::new(self.x - o.x, self.y - o.y)
    }
    fn scale(self, k: f64) -> Vec2 {
        Vec2::new(self.x * k, self.y * k)
    }
    fn dot(self, o: Vec2) -> f64 {
        self.x * o.x + self.y * o.y
    }
    fn cross(self, o: Vec2) -> f64 {
        self.x * o.y - self.y * o.x
    }
    fn length(self) -> f64 {
        self.x.hypot(self.y)
    }
    fn angle(self) -> f64 {
        self.y.atan2(self.x)
    }
}

impl Mat3 {
    fn identity() -> Mat3 {
        let mut m = [[0.0; 3]; 3];
        for i in 0..3 {
            m[i][i] = 1.0;
        }
        Mat3 { m }
    }

    fn translate(dx: f64, dy: f64) -> Mat3 {
        let mut t = Mat3::identity();
        t.m[0][2] = dx;
        t.m[1][2] = dy;
        t
    }

    fn rotate(theta: f64) -> Mat3 {
        let (s, c) = (theta.sin(), theta.cos());
        Mat3 { m: [[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]] }
    }

    fn scale(k: f64) -> Mat3 {
        Mat3 { m: [[k, 0.0, 0.0], [0.0, k, 0.0], [0.0, 0.0, 1.0]] }
    }

    fn mul(&self, o: &Mat3) -> Mat3 {
        let mut r = [[0.0f64; 3]; 3];
        for i in 0..3 {
            for j in 0..3 {
                let mut acc = 0.0;
                for k in 0..3 {
                    acc = self.m[i][k].mul_add(o.m[k][j], acc);
                }
                r[i][j] = acc;
            }
        }
        Mat3 { m: r }
    }

    fn apply(&self, p: Vec2) -> Vec2 {
        let x = self.m[0][0] * p.x + self.m[0][1] * p.y + self.m[0][2];
        let y = self.m[1][0] * p.x + self.m[1][1] * p.y + self.m[1][2];
        Vec2 { x, y }
    }

    fn determinant(&self) -> f64 {
        let m = &self.m;
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    }
}

fn orientation(a: Vec2, b: Vec2, c: Vec2) -> Orientation {
    let v = b.sub(a).cross(c.sub(a));
    if v.abs() < EPS {
        Orientation::Collinear
    } else if v > 0.0 {
        Orientation::CounterClockwise
    } else {
        Orientation::Clockwise
    }
}

impl Polygon {
    fn regular(sides: usize, radius: f64) -> Polygon {
        let mut pts = [Vec2::ZERO; MAX_VERTS];
        let n = sides.clamp(3, MAX_VERTS);
        for i in 0..n {
            let a = 2.0 * PI * i as f64 / n as f64;
            pts[i] = Vec2::new(radius * a.cos(), radius * a.sin());
        }
        Polygon { pts, n }
    }

    fn area(&self) -> f64 {
        let mut s = 0.0;
        for i in 0..self.n {
            let j = (i + 1) % self.n;
            s += self.pts[i].cross(self.pts[j]);
        }
        s.abs() / 2.0
    }

    fn perimeter(&self) -> f64 {
        let mut s = 0.0;
        for i in 0..self.n {
            s += self.pts[(i + 1) % self.n].sub(self.pts[i]).length();
        }
        s
    }

    fn centroid(&self) -> Vec2 {
        let mut c = Vec2::default();
        for p in &self.pts[..self.n] {
            c = c.add(*p);
        }
        c.scale(1.0 / self.n as f64)
    }

    fn transform(&self, t: &Mat3) -> Polygon {
        let mut out = *self;
        for i in 0..self.n {
            out.pts[i] = t.apply(self.pts[i]);
        }
        out
    }

    fn is_convex(&self) -> bool {
        let mut seen = Orientation::Collinear;
        for i in 0..self.n {
            let o = orientation(self.pts[i], self.pts[(i + 1) % self.n], self.pts[(i + 2) % self.n]);
            match (seen, o) {
                (_, Orientation::Collinear) => {}
                (Orientation::Collinear, o) => seen = o,
                (a, b) if a != b => return false,
                (Orientation::Clockwise, Orientation::Clockwise) => {}
                (Orientation::CounterClockwise, Orientation::CounterClockwise) => {}
                (_, _) => {}
                (Orientation::Clockwise, _) => return false,
            }
        }
        true
    }
}

fn classify(p: &Polygon) -> &'static str {
    match p.n {
        0..=2 => "degenerate",
        3 => "triangle",
        4 => "quadrilateral",
        5..=8 => "polygon",
        8 => "octagon",
        _ => "many-sided",
    }
}

fn main() {
    let t = Mat3::translate(3.0, -1.0).mul(&Mat3::rotate(PI / 6.0)).mul(&Mat3::scale(2.0));
    println!("det = {:.4}", t.determinant());
    for sides in [3, 4, 6, 12, 40] {
        let p = Polygon::regular(sides, 1.0);
        let q = p.transform(&t);
        let c = q.centroid();
        println!(
            "{:>2} {:<14} area={:>8.4} -> {:>8.4} perim={:.3} centroid=({:.3}, {:.3}) convex={}",
            p.n,
            classify(&p),
            p.area(),
            q.area(),
            q.perimeter(),
            c.x,
            c.y,
            q.is_convex()
        );
    }
    let a = Vec2::new(1.0, 0.0);
    let b = Vec2::new(0.0, 1.0);
    println!("angle between = {:.6} rad, dot = {}", b.angle() - a.angle(), a.dot(b));
    println!("{:?}", orientation(a, b, Vec2::new(-1.0, 0.0)));
}
