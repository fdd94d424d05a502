// Casts: valid and invalid.
#[derive(Clone, Copy)]
enum Level {
    Low = 1,
    High = 10,
}

struct Wrap(u8);

fn main() {
    let l = Level::High;
    let n = l as i32;
    let c = 65u8 as char;
    let bad_char = 66u32 as char;
    let b = true as f64;
    let f = 3.7f64 as u8;
    let w = Wrap(3);
    let wi = w as u8;
    let r = &n;
    let ri = r as i64;
    let ch = 'x' as f32;
    let e = Level::Low as f32;
    println!("{} {} {} {} {} {} {} {} {}", n, c, bad_char, b, f, wi, ri, ch, e);
}
