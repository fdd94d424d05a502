// A tuple and a struct wrapping an array are indexed with `[]`, and a field is read from
// a plain integer.
struct Palette {
    colors: [u32; 4],
}

fn brightness(rgb: (u8, u8, u8)) -> u32 {
    rgb[0] as u32 + rgb.1 as u32 + rgb.2 as u32
}

fn main() {
    let palette = Palette { colors: [0xff0000, 0x00ff00, 0x0000ff, 0xffffff] };
    let mut sum = 0;
    for i in 0..4 {
        sum += palette[i];
    }
    let white = palette.colors[3];
    let red_part = white.red;
    println!("{} {} {}", sum, brightness((1, 2, 3)), red_part);
}
