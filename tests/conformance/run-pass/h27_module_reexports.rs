// Re-exports with `pub use`, `pub(crate) use`, `self::`/`super::`/`crate::` paths and prelude shadowing.
mod geometry {
    pub mod shapes {
        #[derive(Debug, Clone, Copy)]
        pub struct Square {
            pub side: u32,
        }

        impl Square {
            pub fn area(&self) -> u32 {
                self.side * self.side
            }
        }

        pub(crate) fn unit() -> Square {
            Square { side: 1 }
        }
    }

    pub mod scale {
        use super::shapes::Square;

        pub fn double(s: Square) -> Square {
            Square { side: s.side * 2 }
        }
    }

    pub use self::scale::double;
    pub use self::shapes::Square as Sq;
    pub(crate) use self::shapes::unit;
}

mod prelude_clash {
    #[derive(Debug, Clone, Copy)]
    pub struct Option {
        pub flag: bool,
    }

    pub fn drop(o: Option) -> bool {
        !o.flag
    }
}

mod app {
    use crate::geometry::{double, unit, Sq};
    use super::prelude_clash::*;

    pub fn run() -> u32 {
        let s = Sq { side: 3 };
        let d = double(s);
        let o = Option { flag: true };
        println!("drop -> {}", drop(o));
        d.area() + unit().area()
    }
}

use geometry::shapes;

fn main() {
    println!("run {}", app::run());
    let s = shapes::Square { side: 5 };
    println!("{:?} {}", geometry::double(s), crate::geometry::Sq { side: 2 }.area());
}
