mod canvas;

pub use canvas::Canvas;
pub use shapes::Point as Pixel;

pub static BLANK: char = '.';
pub const INK: char = '#';
