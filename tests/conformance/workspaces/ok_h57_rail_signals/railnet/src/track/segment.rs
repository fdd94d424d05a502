#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Aspect {
    Red,
    Yellow,
    DoubleYellow,
    Green,
}

#[derive(Debug, Clone, Copy)]
pub struct Segment {
    pub id: u8,
    pub occupied: bool,
    pub aspect: Aspect,
}

pub(super) fn measured(id: u8) -> u32 {
    super::block_len(id)
}
