// A private module in a group import's prefix: one E0603, and the group's names are error bindings.
mod stats {
    mod inner { pub fn scale() -> f64 { 2.0 } pub struct P { pub x: u8 } }
    pub fn f() -> inner::P { inner::P { x: 1 } }
}
use stats::inner::{scale, P};
fn main() {
    let mut total: f32 = 0.0;
    total += scale();
    let p: P = stats::f();
    let q: bool = p.x;
    println!("{} {}", total, q);
}
