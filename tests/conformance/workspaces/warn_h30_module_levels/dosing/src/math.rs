#![warn(unused_variables)]

pub fn div_up(a: u32, b: u32) -> u32 {
    let remainder_check = a % b;
    (a + b - 1) / b
}

pub fn ratio(a: u32, b: u32) -> u32 {
    a * 100 / b
}
