#![warn(non_snake_case)]
//! Map utilities: public API, crate-internal helpers and a private module.
pub mod geo;
mod internal;

pub use geo::point::Point;
pub use geo::distance as dist;

pub(crate) fn crate_only_helper() -> i32 {
    7
}

pub fn publicButOddlyNamed(x: i32) -> i32 {
    x + internal::offset()
}

fn private_unused() -> i32 {
    0
}

#[allow(dead_code)]
fn kept_for_later() -> i32 {
    internal::spare()
}
