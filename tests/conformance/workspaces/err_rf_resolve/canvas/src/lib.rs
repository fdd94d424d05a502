pub use shapes::kinds::*;
pub use shapes::Color::*;
pub use shapes::Poly;

#[derive(Debug, Clone, Copy)]
pub enum Blend {
    Over,
    Under,
    Mix(u8),
}

pub struct Layer {
    pub top: Poly,
    pub blend: Blend,
}

pub fn paint(p: &Poly, at: (i32, i32)) -> u32 {
    let shade = match p.color {
        Red | Green | Blue => 1,
        Custom(r, g, b) => r as u32 + g as u32 + b as u32,
    };
    shade * p.perimeter() + (at.0 + at.1) as u32
}
