// A private constructor and a pub(crate) one in a nested module.
mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Rect {
            pub w: u32,
            pub h: u32,
        }

        impl Rect {
            fn unchecked(w: u32, h: u32) -> Rect {
                Rect { w, h }
            }
            pub(crate) fn square(side: u32) -> Rect {
                Rect::unchecked(side, side)
            }
            pub fn area(&self) -> u32 {
                self.w * self.h
            }
            fn perimeter(&self) -> u32 {
                2 * (self.w + self.h)
            }
        }
    }
}

use geometry::shapes::Rect;

fn main() {
    let a = Rect::square(4);
    let b = Rect::unchecked(2, 3);
    println!("{:?} {} {}", a, a.area(), b.area());
    println!("{}", b.perimeter());
}
