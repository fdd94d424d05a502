// lints: overflowing_literals
// literals that do not fit their annotated types
fn main() {
    let max_brightness: u8 = 256;
    let offset: i8 = 200;
    let ok: u16 = 65535;
    println!("{} {} {}", max_brightness, offset, ok);
}
