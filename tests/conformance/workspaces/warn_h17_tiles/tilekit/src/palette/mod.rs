pub mod ansi;

pub struct Palette {
    pub wall: char,
    pub floor: char,
}

pub const CLASSIC: Palette = Palette { wall: '#', floor: '.' };
