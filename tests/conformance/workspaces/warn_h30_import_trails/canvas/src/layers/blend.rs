use colors::{self, Rgb};
use colors::spaces::rgb::{Rgb as Pixel};

#[derive(Debug, Clone, Copy)]
pub enum Mode {
    Average,
    Lighten,
}

pub fn mix(a: Rgb, b: Rgb, mode: Mode) -> Rgb {
    match mode {
        Mode::Average => Rgb {
            r: ((a.r as u16 + b.r as u16) / 2) as u8,
            g: ((a.g as u16 + b.g as u16) / 2) as u8,
            b: ((a.b as u16 + b.b as u16) / 2) as u8,
        },
        Mode::Lighten => Rgb { r: a.r.max(b.r), g: a.g.max(b.g), b: a.b.max(b.b) },
    }
}
