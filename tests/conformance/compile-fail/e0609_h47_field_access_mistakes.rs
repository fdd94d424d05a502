// Field access mistakes: unknown fields, fields on primitives, methods
// used as fields, private fields from another module.
mod geo {
    #[derive(Debug, Clone, Copy)]
    pub struct Point {
        pub x: i32,
        pub y: i32,
        tag: u8,
    }

    impl Point {
        pub fn new(x: i32, y: i32) -> Point {
            Point { x, y, tag: 0 }
        }

        pub fn manhattan(&self) -> i32 {
            self.x.abs() + self.y.abs()
        }
    }

    pub struct Pair(pub Point, Point);

    impl Pair {
        pub fn make(a: Point, b: Point) -> Pair {
            Pair(a, b)
        }
    }
}

use geo::{Pair, Point};

fn main() {
    let p = Point::new(3, -4);
    println!("{}", p.z);
    println!("{}", p.manhattan);
    println!("{}", p.tag);
    let n = 5u32;
    println!("{}", n.value);
    println!("{}", n.0);
    let pair = Pair::make(p, Point::new(1, 1));
    println!("{}", pair.0.x);
    println!("{}", pair.1.y);
    println!("{}", pair.2);
}
