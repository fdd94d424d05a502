// Text cursor positions and well-known places in a buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Debug, Clone, Copy)]
pub struct Selection {
    pub start: Pos,
    pub end: Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Indent(pub u8);

pub const HOME: Pos = Pos { line: 0, col: 0 };
pub const EMPTY: Selection = Selection { start: HOME, end: HOME };
pub const NO_INDENT: Indent = Indent(0);

pub struct Tab;

impl Tab {
    pub const WIDTH: u8 = 4;
    const HARD: u8 = 8;

    pub fn stops(indent: Indent) -> u8 {
        indent.0 / Tab::HARD
    }
}
