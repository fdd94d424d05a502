// lints: unused_imports
// Different unused_imports levels per module and per `use`.
mod shapes {
    pub fn area(w: u32, h: u32) -> u32 {
        w * h
    }
    pub fn perimeter(w: u32, h: u32) -> u32 {
        2 * (w + h)
    }
}

#[warn(unused_imports)]
mod render {
    #![deny(unused_imports)]
    use crate::shapes::perimeter;
    use crate::shapes::area;

    pub fn draw(w: u32) -> u32 {
        area(w, w)
    }
}

#[deny(unused_imports)]
mod export {
    #[allow(unused_imports)]
    use crate::shapes::perimeter;
    use crate::shapes::{area, perimeter as per};

    pub fn size(w: u32) -> u32 {
        area(w, 1)
    }
}

mod lenient {
    use crate::shapes::*;
    pub fn one() -> u32 {
        1
    }
}

fn main() {
    println!("{} {} {}", render::draw(3), export::size(4), lenient::one());
}
