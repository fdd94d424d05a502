mod kinds;
mod power;

pub use kinds::*;
pub use power::{watts_for, MAX_WATTS};
