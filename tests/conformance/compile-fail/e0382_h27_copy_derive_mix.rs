// Geometry: `Copy` types can be reused, a non-Copy wrapper cannot.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f32,
    y: f32,
}

#[derive(Debug, Clone)]
struct Polygon {
    points: [Vec2; 3],
    closed: bool,
}

fn centroid(poly: Polygon) -> Vec2 {
    let mut c = Vec2 { x: 0.0, y: 0.0 };
    for p in poly.points {
        c.x += p.x / 3.0;
        c.y += p.y / 3.0;
    }
    c
}

fn shift(p: Vec2, by: Vec2) -> Vec2 {
    Vec2 { x: p.x + by.x, y: p.y + by.y }
}

fn main() {
    let a = Vec2 { x: 0.0, y: 0.0 };
    let b = shift(a, Vec2 { x: 1.0, y: 0.0 });
    let c = shift(b, a);
    let tri = Polygon { points: [a, b, c], closed: true };
    let copy = tri.clone();
    let center = centroid(tri);
    println!("{:?} {:?}", center, a);
    if tri.closed {
        println!("closed");
    }
    let moved = copy;
    let again = centroid(copy);
    println!("{:?} {:?}", moved.points[0], again);
}
