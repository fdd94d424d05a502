// Pixel conversion with non-primitive casts: a struct and an enum with fields cast to integers.
#[derive(Debug, Clone, Copy)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

#[derive(Debug, Clone, Copy)]
enum Channel {
    Gray(u8),
    Color(Rgb),
}

fn luminance(p: Rgb) -> u32 {
    (p.r as u32 * 299 + p.g as u32 * 587 + p.b as u32 * 114) / 1000
}

fn pack(p: Rgb) -> u32 {
    (p.r as u32) << 16 | (p.g as u32) << 8 | p.b as u32
}

fn main() {
    let px = Rgb { r: 200, g: 100, b: 50 };
    println!("{} {}", luminance(px), pack(px));
    let raw = px as u32;
    let ch = Channel::Gray(7);
    let code = ch as u8;
    let ratio = &px.r as f32;
    println!("{} {} {}", raw, code, ratio);
}
