// Image palette conversion; casts written as if enums with data and references were numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Channel {
    Red = 0,
    Green = 1,
    Blue = 2,
}

#[derive(Debug, Clone, Copy)]
enum Pixel {
    Gray(u8),
    Rgb(u8, u8, u8),
    Transparent,
}

const WIDTH: usize = 4;

fn luminance(p: Pixel) -> u8 {
    match p {
        Pixel::Gray(v) => v,
        Pixel::Rgb(r, g, b) => ((r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000) as u8,
        Pixel::Transparent => 0,
    }
}

fn channel(p: Pixel, c: Channel) -> u8 {
    match (p, c) {
        (Pixel::Rgb(r, _, _), Channel::Red) => r,
        (Pixel::Rgb(_, g, _), Channel::Green) => g,
        (Pixel::Rgb(_, _, b), Channel::Blue) => b,
        (Pixel::Gray(v), _) => v,
        (Pixel::Transparent, _) => 0,
    }
}

fn main() {
    let row: [Pixel; WIDTH] = [Pixel::Gray(40), Pixel::Rgb(255, 0, 0), Pixel::Transparent, Pixel::Rgb(10, 200, 30)];
    let mut histogram = [0u32; 3];
    for p in &row {
        let lum = luminance(*p);
        // mistake: a reference cast straight to an integer
        let bucket = &lum as usize / 86;
        histogram[bucket] += 1;
    }
    for c in [Channel::Red, Channel::Green, Channel::Blue] {
        let mut sum = 0u32;
        for p in row {
            sum += channel(p, c) as u32;
        }
        println!("{:?} (#{}) total {}", c, c as u8, sum);
    }
    // mistake: an enum with fields cannot be cast
    let code = row[0] as u8;
    println!("{:?} code {}", histogram, code);
}
