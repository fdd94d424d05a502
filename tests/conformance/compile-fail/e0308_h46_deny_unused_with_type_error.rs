// A crate that denies the `unused` group, with one type error in a helper.
#![deny(unused)]

use std::fmt;

struct Budget {
    limit: u32,
    spent: u32,
}

fn remaining(b: &Budget) -> u32 {
    let margin = 10;
    let mut left = b.limit - b.spent;
    left
}

fn over(b: &Budget) -> bool {
    let ratio: f64 = b.spent / b.limit;
    ratio > 1.0
}

fn unused_helper() -> u32 {
    3
}

fn main() {
    let b = Budget { limit: 100, spent: 40 };
    println!("{} {}", remaining(&b), over(&b));
    'done: loop {
        break;
    }
}
