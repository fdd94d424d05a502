pub mod timer;

pub use timer::side::Side;
pub use timer::Clock;

pub(crate) const TICK_MS: u64 = 100;
pub static DEFAULT_BASE_SECS: u64 = 300;
