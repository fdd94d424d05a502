pub mod length;
pub mod mass;

pub use length::*;
pub use mass::{Grams, KILO as GRAMS_PER_KG};

pub const VERSION: u32 = 3;
pub static LABEL: &str = "units";

pub(crate) fn clamp_nonneg(v: i64) -> i64 {
    if v < 0 {
        0
    } else {
        v
    }
}
