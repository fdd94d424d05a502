// Pixel conversion: casting through references and floats.
#[derive(Debug, Clone, Copy)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn luma(p: &Rgb) -> u8 {
    let y = 0.299 * p.r as f32 + 0.587 * p.g as f32 + 0.114 * p.b as f32;
    y as u8
}

fn brightest(pixels: &[Rgb]) -> u32 {
    let mut best = &0u8;
    let mut lumas = [0u8; 4];
    for (i, p) in pixels.iter().enumerate() {
        lumas[i] = luma(p);
    }
    for l in lumas.iter() {
        if *l > *best {
            best = l;
        }
    }
    best as u32
}

fn to_gray(p: Rgb) -> Rgb {
    let v = luma(&p);
    let scaled = &(v as f32 * 1.1);
    Rgb { r: scaled as u8, g: v, b: v }
}

fn main() {
    let px = [Rgb { r: 255, g: 0, b: 0 }, Rgb { r: 10, g: 200, b: 30 }, Rgb { r: 9, g: 9, b: 9 }];
    println!("{}", brightest(&px));
    let g = to_gray(px[1]);
    let flag = g.r > 128;
    let weight = flag as f64;
    let code = 'x' as f32;
    println!("{:?} {} {}", g, weight, code);
}
