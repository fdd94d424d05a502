// Imports of several names from a module, two of them misspelled.
mod shapes {
    pub struct Square {
        pub side: f64,
    }

    pub struct Triangle {
        pub base: f64,
        pub height: f64,
    }

    pub fn square_area(s: &Square) -> f64 {
        s.side * s.side
    }

    pub fn triangle_area(t: &Triangle) -> f64 {
        0.5 * t.base * t.height
    }
}

use shapes::{Square, Triangle, sqare_area, triangle_area, Circle};
use shapes::{
    Square as Sq,
    triangl_area as tri,
    Hexagon,
};

fn main() {
    let s = Square { side: 2.0 };
    let t = Triangle { base: 3.0, height: 4.0 };
    let total = sqare_area(&s) + triangle_area(&t);
    let s2 = Sq { side: 1.0 };
    println!("{} {}", total, s2.side + tri(&t));
    let c = Circle { r: 1.0 };
    let n: i32 = total;
    println!("{}", n);
}
