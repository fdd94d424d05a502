#derive(Debug)
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

fn main() {
    let p = Pixel { r: 1, g: 2, b: 3 };
    println!("{} {} {}", p.r, p.g, p.b);
}
