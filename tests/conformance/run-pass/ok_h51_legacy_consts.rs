// Old-style module constants still compile, with warnings
use std::f64;

fn main() {
    let big = std::u32::MAX;
    let small = std::i8::MIN;
    let e = f64::EPSILON;
    let inf = std::f32::INFINITY;
    let modern = u32::MAX;
    println!("{} {} {} {} {}", big, small, e, inf, modern);
}
