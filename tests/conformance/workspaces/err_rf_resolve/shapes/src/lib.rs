pub mod kinds {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Color {
        Red,
        Green,
        Blue,
        Custom(u8, u8, u8),
    }
}

pub use kinds::Color;

pub const SIDES: usize = 4;

#[derive(Debug)]
pub struct Poly {
    pub sides: [u32; SIDES],
    pub color: Color,
    name: &'static str,
}

impl Poly {
    pub fn square(n: u32, color: Color) -> Poly {
        Poly { sides: [n; SIDES], color, name: "square" }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    pub fn perimeter(&self) -> u32 {
        let mut total = 0;
        for s in self.sides {
            total += s;
        }
        total * internal::FACTOR / secret_scale()
    }
}

fn secret_scale() -> u32 {
    2
}

mod internal {
    pub const FACTOR: u32 = 2;
}
