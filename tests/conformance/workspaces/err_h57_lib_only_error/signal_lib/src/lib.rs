pub mod filters;

pub use filters::{Filter, apply};

pub const SAMPLE_RATE: u32 = 8_000;
