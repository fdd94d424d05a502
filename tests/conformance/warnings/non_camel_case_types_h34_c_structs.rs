// lints: non_camel_case_types non_upper_case_globals
// Types named the C way (`point_t`, `color_mode`) and globals in lower case.

#[derive(Debug, Clone, Copy)]
struct point_t {
    x: i16,
    y: i16,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum color_mode {
    mono,
    Rgb565,
    RGB888,
}

type pixel_buf = [u8; 16];

const maxWidth: i16 = 320;
static default_mode: color_mode = color_mode::Rgb565;
const HEIGHT: i16 = 240;

fn in_bounds(p: point_t) -> bool {
    p.x >= 0 && p.x < maxWidth && p.y >= 0 && p.y < HEIGHT
}

fn bytes_per_pixel(m: color_mode) -> u8 {
    match m {
        color_mode::mono => 1,
        color_mode::Rgb565 => 2,
        color_mode::RGB888 => 3,
    }
}

fn main() {
    let buf: pixel_buf = [0; 16];
    let p = point_t { x: 10, y: 250 };
    println!("{} {} {}", in_bounds(p), bytes_per_pixel(default_mode), buf.len());
    println!("{:?}", p);
}
