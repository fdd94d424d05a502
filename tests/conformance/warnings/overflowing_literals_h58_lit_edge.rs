// lints: overflowing_literals
fn main() {
    let small: i8 = 128;
    let byte = 0x1ffu8;
    let ok_hex: i8 = 0x80u8 as i8;
    let neg = -129i8;
    let fine = -128i8;
    let signed_hex: i8 = 0xff;
    println!("{} {} {} {} {} {}", small, byte, ok_hex, neg, fine, signed_hex);
}
