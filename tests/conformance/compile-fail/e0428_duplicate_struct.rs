// Two definitions of `Point` in the same module after merging two files.
#[derive(Debug)]
struct Point {
    x: f64,
    y: f64,
}

fn midpoint(a: &Point, b: &Point) -> Point {
    Point { x: (a.x + b.x) / 2.0, y: (a.y + b.y) / 2.0 }
}

struct Point {
    x: f64,
    y: f64,
}

fn main() {
    let m = midpoint(&Point { x: 0.0, y: 0.0 }, &Point { x: 2.0, y: 4.0 });
    println!("{:?}", m);
}
