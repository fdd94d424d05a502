//! A tiny stack machine with an assembler for byte-string programs.
pub mod asm;
pub mod machine;

pub use machine::{Machine, Op};

pub const VERSION: (u8, u8) = (0, 3);
