pub mod grades;
mod storage;

pub use grades::{letter, Letter};
pub use storage::Roster;

pub const MAX_STUDENTS: usize = 6;
