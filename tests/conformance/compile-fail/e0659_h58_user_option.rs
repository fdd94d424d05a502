// A user-defined Option shadows the prelude one.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Option {
    Some(i32),
    None,
}

use Option::{None, Some};

fn half(x: i32) -> Option {
    if x % 2 == 0 {
        Some(x / 2)
    } else {
        None
    }
}

fn main() {
    for x in [4, 7, 10] {
        match half(x) {
            Some(h) => println!("{} -> {}", x, h),
            None => println!("{} is odd", x),
        }
    }
    let o = Option::Some(1);
    println!("{:?}", o);
}
