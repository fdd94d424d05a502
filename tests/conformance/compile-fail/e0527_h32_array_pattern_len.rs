#[derive(Debug, Clone, Copy)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn parse(channels: [u8; 3]) -> Rgb {
    let [r, g, b] = channels;
    Rgb { r, g, b }
}

fn brightness(px: [u8; 4]) -> u32 {
    match px {
        [0, 0, 0, _] => 0,
        [r, g, b] => (r as u32 + g as u32 + b as u32) / 3,
        [r, g, b, a] => (r as u32 + g as u32 + b as u32) * a as u32 / 765,
    }
}

fn main() {
    let c = parse([10, 20, 30]);
    println!("{:?}", c);
    println!("{}", brightness([200, 100, 50, 255]));
    let [head, tail] = [c.r, c.g, c.b];
    println!("{} {}", head, tail);
}
