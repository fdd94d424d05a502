// After a glob import fails, rustc reports no name as not found anywhere in the crate; type errors stay.
mod shapes { pub struct Point { pub x: f64 } pub mod inner {} }
use shape::*;
fn main() {
    let a = shapes::nothing();
    let b = shapes::inner::Nope { x: 1 };
    let c: shapes::Gone = 1;
    let p = shapes::Point { y: 1.0 };
    let q: u8 = shapes::Point { x: 1.0 };
}
mod m {
    use crate::shapes::*;
    fn k() { helper(); }
}
