// A 3D point gained a z coordinate; the old 2D destructuring patterns were not updated.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
    z: f64,
}

fn on_axis(p: Point) -> bool {
    match p {
        Point { x: 0.0, y: _ } => true,
        Point { x: _, y: 0.0, z: _ } => true,
        _ => false,
    }
}

fn length(p: &Point) -> f64 {
    let Point { x, y } = p;
    (x * x + y * y).sqrt()
}

fn main() {
    let p = Point { x: 3.0, y: 4.0, z: 12.0 };
    println!("{} {} {:?}", on_axis(p), length(&p), p);
}
