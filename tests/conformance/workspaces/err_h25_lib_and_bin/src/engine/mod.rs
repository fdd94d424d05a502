//! A chess clock: library at a custom path, binary at another.
pub mod timer;

pub use timer::{Side, Timer};

pub const INCREMENT: u32 = 2;

pub fn start(minutes: u32) -> Timer {
    Timer::new(minutes * 60)
}
