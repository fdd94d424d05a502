// lints: overflowing_literals
// Literals that do not fit their types (this lint is deny-by-default, so these are errors).
fn main() {
    let max_brightness: u8 = 256;
    let offset: i8 = 200;
    let tiny: f32 = 1e40;
    let mask = 0xFFFF_FFFF_FFi32;
    println!("{} {} {} {}", max_brightness, offset, tiny, mask);
}
