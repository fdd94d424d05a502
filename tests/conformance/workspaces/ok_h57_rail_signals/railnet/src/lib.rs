pub mod track;

pub use track::segment::{Aspect, Segment};

pub static LINE_NAMES: [&str; 3] = ["Harbour", "Valley", "Summit"];
pub const SEGMENTS: usize = 4;
