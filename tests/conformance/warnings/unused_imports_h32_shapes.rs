// lints: unused_imports dead_code
mod shapes {
    pub struct Square(pub u32);
    pub struct Circle(pub u32);
    pub fn area(s: &Square) -> u32 {
        s.0 * s.0
    }
    pub const UNIT: u32 = 1;
    pub mod colors {
        pub const RED: u8 = 1;
        pub const BLUE: u8 = 2;
    }
}

use shapes::{Square, Circle, area};
use shapes::colors::*;
use shapes::UNIT as ONE;
use shapes::colors::{self, RED as R};
use std::fmt;

mod user {
    use super::shapes::Circle;
    use super::shapes::*;
    pub fn make() -> Square {
        Square(2)
    }
}

fn main() {
    let s = Square(3);
    println!("{} {}", area(&s), RED);
    println!("{}", colors::BLUE);
    let m = user::make();
    println!("{}", m.0);
}
