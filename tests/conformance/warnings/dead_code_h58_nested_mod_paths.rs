// lints: dead_code
mod geometry {
    pub const ORIGIN: (i32, i32) = (0, 0);

    pub mod shapes {
        use super::ORIGIN;

        #[derive(Debug, Clone, Copy)]
        pub struct Square {
            pub side: i32,
            pub at: (i32, i32),
        }

        impl Square {
            pub fn at_origin(side: i32) -> Self {
                Square { side, at: ORIGIN }
            }

            pub fn area(&self) -> i32 {
                self::helpers::sq(self.side)
            }
        }

        pub(super) mod helpers {
            pub fn sq(x: i32) -> i32 {
                x * x
            }

            pub(in crate::geometry) fn cube(x: i32) -> i32 {
                super::super::math::mul3(x, x, x)
            }
        }
    }

    mod math {
        pub fn mul3(a: i32, b: i32, c: i32) -> i32 {
            a * b * c
        }
    }

    pub fn volume(s: &shapes::Square) -> i32 {
        shapes::helpers::cube(s.side)
    }
}

fn main() {
    use geometry::shapes::Square;
    use crate::geometry::{self as geo, ORIGIN as O};
    let s = Square::at_origin(3);
    println!("{:?} {} {}", s, s.area(), geo::volume(&s));
    println!("{:?}", O);
    {
        use self::geometry::shapes::Square as Sq;
        let t = Sq { side: 2, ..s };
        println!("{}", t.area());
    }
}
