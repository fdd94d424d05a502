// suffixed literals of the wrong type
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

fn dim(p: &Pixel, amount: u8) -> Pixel {
    Pixel {
        r: p.r.saturating_sub(amount),
        g: p.g.saturating_sub(amount),
        b: p.b.saturating_sub(amount),
    }
}

fn main() {
    let p = Pixel { r: 200, g: 120i32, b: 40 };
    let d = dim(&p, 10i32);
    let alpha: u8 = 255u16;
    println!("{} {} {} {}", d.r, d.g, d.b, alpha);
}
