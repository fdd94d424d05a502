// A `Point` struct is imported from a module while the file declares its own `Point`.
mod geometry {
    #[derive(Debug)]
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }
}

use geometry::Point;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{:?}", p);
}
