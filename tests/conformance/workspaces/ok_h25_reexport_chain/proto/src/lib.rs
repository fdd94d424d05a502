//! Message definitions, re-exported through several layers.
pub mod wire;

pub use wire::frame::{Frame, Kind};
pub use wire::frame::Kind::*;

pub type Port = u16;
pub const HEADER_LEN: usize = 4;
pub static VERSION: u8 = 3;

pub fn checksum(bytes: &[u8]) -> u8 {
    let mut sum = 0u8;
    for b in bytes {
        sum = sum.wrapping_add(*b);
    }
    sum
}
