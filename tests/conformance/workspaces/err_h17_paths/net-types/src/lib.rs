pub mod addr;

pub use addr::v4::*;

pub const DEFAULT_TTL: u8 = 64;
