// lints: unused_variables dead_code unused_parens unused_mut
// Lint levels stacked on modules, impls and statements; some warnings become errors.
#![allow(unused_parens)]

mod geometry {
    #![warn(unused)]

    pub mod shapes {
        #[derive(Debug, Clone, Copy)]
        pub struct Rect {
            pub w: u32,
            pub h: u32,
        }

        impl Rect {
            pub fn area(&self) -> u32 {
                (self.w * self.h)
            }

            #[allow(unused_variables)]
            pub fn scaled(&self, factor: u32, unused_hint: bool) -> Rect {
                Rect { w: self.w * factor, h: self.h * factor }
            }

            fn perimeter(&self) -> u32 {
                2 * (self.w + self.h)
            }
        }
    }

    #[allow(unused_imports)]
    use self::shapes::Rect as R;
    use self::shapes::Rect;

    pub fn largest(rs: &[Rect]) -> u32 {
        let mut best = 0;
        let mut count = 0;
        for r in rs {
            let a = r.area();
            if a > best {
                best = a;
            }
        }
        best
    }
}

#[deny(unused_variables)]
mod reports {
    pub fn line(label: &str, value: u32) {
        #[allow(unused_variables)]
        let width = 12;
        let padding = 4;
        println!("{:<12}{:>8}", label, value);
    }
}

use geometry::shapes::Rect;

fn main() {
    let rects = [Rect { w: 3, h: 4 }, Rect { w: 10, h: 2 }, Rect { w: 5, h: 5 }];
    let mut doubled = rects[0].scaled(2, false);
    reports::line("largest", geometry::largest(&rects));
    reports::line("doubled", doubled.area());
    let total_height = {
        let mut h = 0;
        for r in rects {
            h += r.h;
        }
        h
    };
    let (w, h) = (rects[1].w, rects[1].h);
    reports::line("width", w);
}
