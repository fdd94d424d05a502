// Building a struct with named fields using positional values, like a tuple struct.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Color(u8, u8, u8);

fn midpoint(a: &Point, b: &Point) -> Point {
    Point { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
}

fn main() {
    let red = Color(255, 0, 0);
    let origin = Point { x: 0, y: 0 };
    let corner = Point { 10, 20 };
    let mid = midpoint(&origin, &corner);
    println!("{:?} {:?}", mid, red);
}
