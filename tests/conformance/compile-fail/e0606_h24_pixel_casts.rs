// Pixel format conversion with a few invalid casts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Channel {
    Red = 0,
    Green = 1,
    Blue = 2,
}

struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

fn luminance(p: &Pixel) -> f32 {
    0.299 * p.r as f32 + 0.587 * p.g as f32 + 0.114 * p.b as f32
}

fn channel_value(p: &Pixel, c: Channel) -> u8 {
    let idx = c as usize;
    let arr = [p.r, p.g, p.b];
    arr[idx]
}

fn brightness_flag(p: &Pixel) -> bool {
    let l = luminance(p);
    l as bool
}

fn to_gray_char(p: &Pixel) -> char {
    let level = luminance(p) as u8;
    let ramp = b" .:-=+*#%@";
    ramp[(level as usize * 9) / 255] as char
}

fn channel_from_ref(c: &Channel) -> i32 {
    c as i32
}

fn as_chain(p: &Pixel) -> i64 {
    p.r as i8 as i16 as u32 as i64 + (p.g as char) as i64
}

fn main() {
    let p = Pixel { r: 200, g: 100, b: 50 };
    println!("{}", channel_value(&p, Channel::Green));
    println!("{}", brightness_flag(&p));
    println!("{}", to_gray_char(&p));
    println!("{}", channel_from_ref(&Channel::Blue));
    println!("{}", as_chain(&p));
    println!("{}", Channel::Red == Channel::Red);
}
