// lints: unused_variables
#[derive(Debug, Clone, Copy)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

#[derive(Debug, Clone, Copy)]
enum Layer {
    Solid(Pixel),
    Blend { top: Pixel, bottom: Pixel, alpha: u8 },
    Hidden,
}

fn brightness(p: Pixel) -> u32 {
    let Pixel { r, g, b, a } = p;
    (r as u32 + g as u32 + b as u32) / 3
}

fn top_red(l: &Layer) -> u8 {
    match l {
        Layer::Solid(Pixel { r, g, .. }) => *r,
        Layer::Blend { top, bottom, alpha } => top.r,
        Layer::Hidden => 0,
    }
}

fn opaque(layers: &[Layer]) -> usize {
    let mut n = 0;
    for (idx, layer) in layers.iter().enumerate() {
        if let Layer::Solid(px @ Pixel { a: 255, .. }) = layer {
            n += 1;
        }
    }
    n
}

fn main() {
    let p = Pixel { r: 200, g: 100, b: 50, a: 255 };
    let ls = [Layer::Solid(p), Layer::Blend { top: p, bottom: p, alpha: 3 }, Layer::Hidden];
    println!("{} {} {}", brightness(p), top_red(&ls[1]), opaque(&ls));
}
