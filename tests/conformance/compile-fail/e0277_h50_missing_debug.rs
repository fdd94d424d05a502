// Forgot to derive Debug on the struct.
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Line {
    start: (i32, i32),
    end: (i32, i32),
}

fn main() {
    let p = Point { x: 3, y: 4 };
    let l = Line { start: (0, 0), end: (p.x, p.y) };
    println!("line = {:?}", l);
    println!("point = {:?}", p);
}
