// Geometry with f32 and f64 mixed.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f32,
    y: f32,
}

const SCALE: f64 = 1.5;

fn dist(a: Point, b: Point) -> f32 {
    let dx = a.x - b.x;
    let dy = a.y - b.y;
    (dx * dx + dy * dy).sqrt()
}

fn main() {
    let a = Point { x: 0.0, y: 0.0 };
    let b = Point { x: 3.0, y: 4.0 };
    let d = dist(a, b);
    let scaled = d * SCALE;
    let half = d / 2;
    let cmp = d == 5.0f64;
    let ok = d > 1.0;
    println!("{} {} {} {}", scaled, half, cmp, ok);
}
