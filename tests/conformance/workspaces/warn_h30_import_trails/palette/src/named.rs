use crate::spaces::rgb::Rgb;

pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };
pub const WHITE: Rgb = Rgb { r: 255, g: 255, b: 255 };
pub const TEAL: Rgb = Rgb { r: 0, g: 128, b: 128 };
