// use paths that don't resolve: missing `crate::`, wrong module name, private module item.
mod garden {
    pub mod vegetables {
        #[derive(Debug)]
        pub struct Asparagus {
            pub spears: u32,
        }

        pub fn harvest() -> Asparagus {
            Asparagus { spears: 12 }
        }
    }

    pub fn water(days: u32) -> u32 {
        days * 2
    }
}

use garden::vegetable::Asparagus;
use crate::garden::vegetables::{harvest, plant};
use garden::water;

fn main() {
    let a = harvest();
    println!("{:?} {}", a, water(3));
    let b = garden::fruits::Apple;
    println!("{:?}", b);
}
