// Fixed-point sensor maths passing arguments of the wrong types.
fn scale(raw: i32, shift: u32) -> i32 {
    raw.rotate_left(shift) ^ raw
}

fn main() {
    let raw: i32 = -1200;
    let magnitude = raw.abs();
    // pow takes u32; an i32 variable is passed.
    let exponent: i32 = 2;
    let squared = magnitude.pow(exponent);
    // min needs the same type.
    let small: i64 = 7;
    let m = magnitude.min(small);
    // wrapping_add with a float.
    let w = magnitude.wrapping_add(1.5);
    // f64 methods with integer arguments.
    let f = 2.0f64;
    let h = f.hypot(3);
    let s = f.powi(2.0);
    // char method returns bool, assigned to a char.
    let c: char = 'x'.is_alphabetic();
    // u8 to_ascii_uppercase returns u8, assigned to char.
    let u: char = b'q'.to_ascii_uppercase();
    println!("{} {} {} {} {} {} {} {}", scale(raw, 3), squared, m, w, h, s, c, u);
}
