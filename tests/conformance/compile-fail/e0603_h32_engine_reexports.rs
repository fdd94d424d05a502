mod engine {
    mod parts {
        pub struct Piston {
            pub bore: u32,
        }
        pub fn make() -> Piston {
            Piston { bore: 80 }
        }
        pub(crate) const LIMIT: u32 = 100;
    }
    pub use self::parts::Piston;
    pub use parts::make as build_piston;
    pub(crate) use parts::LIMIT;

    pub mod tools {
        pub use super::parts::make;
    }
}

use engine::{Piston, build_piston};
use engine::tools::make as tool_make;

fn main() {
    let p: Piston = build_piston();
    let q = tool_make();
    println!("{} {} {}", p.bore, q.bore, engine::LIMIT);
    let r = engine::parts::make();
    println!("{}", r.bore);
}
