// Colour conversion: a pattern forgets the blue channel and another omits struct fields.
#[derive(Clone, Copy)]
enum Color {
    Rgb(u8, u8, u8),
    Gray(u8),
}

#[derive(Clone, Copy)]
struct Pixel {
    x: u16,
    y: u16,
    color: Color,
}

fn luminance(c: Color) -> f32 {
    match c {
        Color::Rgb(r, g) => 0.3 * r as f32 + 0.59 * g as f32,
        Color::Gray(v) => v as f32,
    }
}

fn main() {
    let pixels = [
        Pixel { x: 0, y: 0, color: Color::Rgb(255, 0, 0) },
        Pixel { x: 1, y: 0, color: Color::Gray(128) },
    ];
    for p in pixels.iter() {
        let Pixel { x, color } = *p;
        println!("{} {}", x, luminance(color));
    }
}
