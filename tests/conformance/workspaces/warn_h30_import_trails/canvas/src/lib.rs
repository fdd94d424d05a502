// A tiny fixed-size canvas.
pub mod layers;

use colors::spaces::{gray, rgb};
use colors::{Gray as Mono, Rgb, BLACK, WHITE as Paper};

pub const W: usize = 4;
pub const H: usize = 2;

pub struct Canvas {
    pub pixels: [[Rgb; W]; H],
}

impl Canvas {
    pub fn blank() -> Canvas {
        Canvas { pixels: [[BLACK; W]; H] }
    }

    pub fn put(&mut self, x: usize, y: usize, c: Rgb) {
        self.pixels[y][x] = c;
    }

    pub fn brightness(&self) -> u32 {
        let mut total = 0;
        for row in &self.pixels {
            for p in row {
                total += gray::luma(p.r, p.g, p.b) as u32;
            }
        }
        total
    }
}
