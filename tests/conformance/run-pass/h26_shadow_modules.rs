// Unit conversions across modules: pub(in path), use super::*, shadowing and block values.
mod units {
    pub const MM_PER_INCH: f64 = 25.4;
    const SECRET_SCALE: u32 = 3;

    pub mod length {
        use super::*;

        pub(in crate::units) fn scale() -> u32 {
            SECRET_SCALE
        }

        pub fn inches(mm: f64) -> f64 {
            mm / MM_PER_INCH
        }
    }

    pub mod area {
        use super::length;

        pub fn scaled(v: u32) -> u32 {
            v * length::scale()
        }
    }

    pub(crate) fn describe() -> u32 {
        length::scale() + 1
    }
}

use units::{area, length::inches};

fn main() {
    let x = 5;
    let x = x * 2;
    let x = {
        let x = x + 1;
        x * 3
    };
    println!("x = {}", x);
    let x = x as f64 / 2.0;
    println!("x = {}", x);
    let label = if x > 10.0 { "big" } else { "small" };
    let label = label.len();
    println!("label = {}", label);
    let total = {
        let a = area::scaled(4);
        let b = units::describe();
        a + b
    };
    println!("total = {}", total);
    let inch = inches(254.0);
    let inch = {
        let r = inch.round();
        r as i32
    };
    println!("inches = {}", inch);
    let mut acc = 0;
    for i in 0..3 {
        let i = i * 10;
        acc += {
            let i = i + 1;
            i
        };
    }
    println!("acc = {}", acc);
    {
        let acc = -1;
        println!("inner acc = {}", acc);
    }
    println!("outer acc = {}", acc);
}
