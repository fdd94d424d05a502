pub mod frame;

pub use frame::{decode, encode, Frame, Kind};
pub use byte_util::hex_line as dump;

pub const MAX_PAYLOAD: usize = 16;
