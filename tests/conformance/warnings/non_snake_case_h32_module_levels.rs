// lints: non_snake_case non_camel_case_types unused_variables unused_mut dead_code
mod geometry {
    #![allow(dead_code)]

    pub struct point_2d {
        pub X: i32,
        pub y: i32,
    }

    fn Helper(p: &point_2d) -> i32 {
        let Unused = 3;
        p.X + p.y
    }

    pub mod inner {
        #[warn(dead_code)]
        fn never_called() {}

        pub fn used() -> u8 {
            let mut k = 2;
            k
        }
    }
}

#[deny(unused_variables)]
fn strict(a: i32, b: i32) -> i32 {
    let tmp = a * 2;
    a
}

use geometry::inner;

fn main() {
    let p = geometry::point_2d { X: 1, y: 2 };
    println!("{}", p.y);
    println!("{}", inner::used());
    println!("{}", strict(1, 2));
}
