#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Mbr,
    Gpt,
}

pub const MIN_GB: u32 = 8;
