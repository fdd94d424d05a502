// lints: unused_imports unused_parens while_true
// A math toolkit with redundant imports, extra parentheses and `while true`.
mod math {
    pub const TAU: f64 = 6.283185307179586;
    pub fn square(x: f64) -> f64 {
        x * x
    }
    pub fn cube(x: f64) -> f64 {
        x * x * x
    }
    pub mod trig {
        pub fn half(x: f64) -> f64 {
            x / 2.0
        }
    }
}

use math::{cube, square, TAU};
use math::trig;
use math::trig::half;
use self::math::*;

#[allow(unused_imports)]
use math::trig::half as halve;

fn area(r: f64) -> f64 {
    let a = (square(r) * 3.14);
    a
}

fn spin(limit: u32) -> u32 {
    let mut n = 0;
    while true {
        n += 1;
        if (n >= limit) {
            break;
        }
    }
    n
}

fn main() {
    let v = (area(2.0));
    println!("{} {}", v, spin(3));
    println!("{}", math::trig::half(TAU));
    return (());
}
