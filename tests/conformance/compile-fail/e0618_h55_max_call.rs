// Calling associated constants as if they were functions.
fn clamp_to_byte(v: i32) -> u8 {
    if v > u8::MAX() as i32 {
        255
    } else if v < 0 {
        0
    } else {
        v as u8
    }
}

fn main() {
    println!("{}", clamp_to_byte(300));
    println!("{}", std::i32::MAX);
    println!("{}", core::u8::MIN);
    println!("{}", std::f64::EPSILON);
}
