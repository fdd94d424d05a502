// A unit struct and a function share the value namespace.
#[derive(Debug)]
struct Origin;

#[allow(non_snake_case)]
fn Origin() -> (i32, i32) {
    (0, 0)
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

// A braced struct lives only in the type namespace, so this is fine.
#[allow(non_snake_case)]
fn Point(x: i32, y: i32) -> Point {
    Point { x, y }
}

fn main() {
    let p = Point(1, 2);
    println!("{:?} {:?}", p, Origin);
}
