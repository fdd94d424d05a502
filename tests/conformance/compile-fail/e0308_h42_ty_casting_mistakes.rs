// Casting mistakes: implicit float->int conversion, and u32 -> char with `as`.
fn celsius_to_byte(c: f32) -> u8 {
    // mistake 1: no implicit conversion between numeric types
    let clamped: u8 = c.clamp(0.0, 255.0);
    clamped
}

fn letter(index: u32) -> char {
    // mistake 2: only u8 can be cast to char
    ('a' as u32 + index) as char
}

fn main() {
    println!("{}", celsius_to_byte(36.6));
    for i in 0..5 {
        print!("{}", letter(i));
    }
    println!();
}
