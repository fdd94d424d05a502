pub mod frame;

pub use frame::{Frame, Opcode};

pub const MAGIC: u16 = 0xCAFE;

pub fn checksum(bytes: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for b in bytes {
        sum = sum.wrapping_add(*b);
    }
    sum as u16
}
