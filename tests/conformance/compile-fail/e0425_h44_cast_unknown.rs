// Casts to an unknown type and a wrong primitive type.
fn scale(v: i32) -> Fixed {
    (v * 256) as Fixed
}

fn to_char(v: u32) -> char {
    v as char
}

fn ratio(a: i32, b: i32) -> f32 {
    let r = a as Real / b as Real;
    r * 100.0
}

fn main() {
    let s = scale(3);
    let c = to_char(65);
    let r = ratio(1, 3);
    let b = true as f64;
    let bad: u8 = c;
    println!("{} {} {} {} {}", s, c, r, b, bad);
}
