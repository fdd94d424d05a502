mod shapes {
    pub mod round {
        #[derive(Debug)]
        pub struct Circle {
            pub r: f64,
        }

        pub fn area(c: &Circle) -> f64 {
            3.14159 * c.r * c.r
        }
    }

    pub mod flat {
        #[derive(Debug)]
        pub struct Square {
            pub side: f64,
        }

        pub fn area(s: &Square) -> f64 {
            s.side * s.side
        }

        fn hidden() {}
    }
}

use shapes::round::{Circle, area as circle_area};
use shapes::flat::{Square, area as square_area, Rectangle};
use shapes::triangle::Triangle;
use shapes::flat::hidden;
use crate::shapes::round::Circle;

fn total_area(c: &Circle, s: &Square, t: &Triangle) -> f64 {
    circle_area(c) + square_area(s) + t.area()
}

fn bigger(a: Rectangle, b: Rectangle) -> Rectangle {
    if a.w * a.h > b.w * b.h {
        a
    } else {
        b
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    let s = Square { side: 2.0 };
    let t = Triangle { a: 3.0, b: 4.0, c: 5.0 };
    println!("{}", total_area(&c, &s, &t));
    hidden();
    let bad: i32 = "not a number";
    let unused = 5;
}
