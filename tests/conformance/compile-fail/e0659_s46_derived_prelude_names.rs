// Derived types named like prelude types, then imported by a relative `use`:
// rustc cannot tell the derived item from the prelude's.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Result {
    Pass,
    Fail(u8),
}

use Result::{Fail, Pass};

mod shipping {
    #[derive(Debug, Default)]
    pub struct Box {
        pub width: u32,
        pub height: u32,
    }

    pub fn volume(width: u32, height: u32) -> u32 {
        use Box as Crate;
        width * height
    }
}

#[derive(Debug)]
enum Vec {
    Flat,
    Deep,
}

use Vec::Flat;

fn grade(score: u8) -> Result {
    if score >= 50 {
        Pass
    } else {
        Fail(score)
    }
}

fn main() {
    let g = grade(72);
    println!("{:?} {}", g, shipping::volume(3, 4));
    println!("{:?}", Flat);
}
