// Literal ranges in casts and patterns
fn classify(b: u8) -> &'static str {
    match b {
        0..=31 => "control",
        32..=126 => "printable",
        127 => "delete",
        128..=256 => "high",
    }
}

fn main() {
    let a = 300 as u8;
    let b = 300u8 as u16;
    let c = 0x1F600u8 as char;
    let d = -1 as u32;
    let e = 3.0e40 as f32;
    let f = 70000 as i16;
    let g = 1e400 as f64;
    println!("{} {} {} {} {} {} {}", a, b, c, d, e, f, g);
    println!("{}", classify(200));
}
