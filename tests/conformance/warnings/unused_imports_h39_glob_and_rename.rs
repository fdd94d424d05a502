// lints: unused_imports
// Globs and renames that turn out not to be needed.
mod colors {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Color {
        Red,
        Green,
        Blue,
    }

    pub fn mix(a: Color, b: Color) -> Color {
        if a == b { a } else { Color::Green }
    }
}

mod palette {
    pub fn count() -> usize {
        3
    }
}

use colors::Color::*;
use colors::mix as blend;
use colors::Color as Colour;
use palette::*;
use colors::mix as _;

fn main() {
    let c = blend(Red, Blue);
    println!("{:?}", c);
}
