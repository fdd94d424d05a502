//! Log levels. The enum is crate-internal, but two variants are re-exported.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub(crate) enum Level {
    Trace,
    Info,
    Error,
}

pub use Level::{Error, Info};

pub fn enabled(code: u8) -> bool {
    let l = match code {
        0 => Level::Trace,
        1 => Level::Info,
        _ => Level::Error,
    };
    l >= Level::Info
}
