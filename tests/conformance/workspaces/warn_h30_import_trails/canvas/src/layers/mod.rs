mod blend;

pub use self::blend::{mix, Mode};
use colors::named::*;
use colors::Rgb;

pub fn overlay(base: Rgb, top: Rgb) -> Rgb {
    mix(base, top, Mode::Average)
}
