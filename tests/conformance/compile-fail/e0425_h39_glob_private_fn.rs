// Glob imports only bring in what is visible.
mod math {
    pub fn double(x: i32) -> i32 {
        x * 2
    }
    fn triple(x: i32) -> i32 {
        x * 3
    }
    pub fn sextuple(x: i32) -> i32 {
        double(triple(x))
    }
}

use math::*;

fn main() {
    let a = double(5);
    let b = sextuple(2);
    let c = triple(3);
    println!("{} {} {}", a, b, c);
}
