// Pixels are RGBA but the destructuring was written for RGB.
type Pixel = [u8; 4];

fn luminance(p: Pixel) -> u32 {
    let [r, g, b] = p;
    (r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000
}

fn alpha(p: &Pixel) -> u8 {
    let [_, _, _, a] = *p;
    a
}

fn main() {
    let image: [Pixel; 3] = [[255, 0, 0, 255], [0, 255, 0, 128], [10, 10, 10, 0]];
    for px in image {
        println!("lum {} alpha {}", luminance(px), alpha(&px));
    }
    match image[1] {
        [r, g, b] if r == g && g == b => println!("grey"),
        _ => println!("colour"),
    }
}
