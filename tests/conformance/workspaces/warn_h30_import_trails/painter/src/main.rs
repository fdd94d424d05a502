use canvas::layers::{self, mix, Mode};
use canvas::{Canvas, H, W};
use palette::named::{TEAL, WHITE};
use palette::spaces::*;
use palette::{Gray, Rgb as Color};
use palette as pal;

fn main() {
    let mut c = Canvas::blank();
    c.put(0, 0, TEAL);
    c.put(3, 1, layers::overlay(TEAL, WHITE));
    c.put(1, 1, mix(TEAL, WHITE, Mode::Lighten));
    println!("{}x{} brightness {}", W, H, c.brightness());
    let g = rgb::Rgb { r: 10, g: 20, b: 30 }.to_gray();
    println!("gray {:?}", g);
}
