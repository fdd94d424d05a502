// edition:2024
// A 2024 extern block written `unsafe "C" { .. }`: the `extern` keyword is missing.
use std::ffi::c_int;

#[link(name = "m")]
unsafe "C" {
    pub safe fn abs(value: c_int) -> c_int;
    pub safe fn labs(value: i64) -> i64;
}

fn distance(a: c_int, b: c_int) -> c_int {
    abs(a - b)
}

fn main() {
    println!("{}", distance(3, 10));
}
