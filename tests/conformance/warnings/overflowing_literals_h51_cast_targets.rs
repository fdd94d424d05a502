// lints: overflowing_literals
// Literals in casts: the suffix decides, not the target
fn main() {
    let a = 300 as u8;
    let b = 300u8 as u16;
    let c = 0x1F600u8 as char;
    let e = 3.0e40 as f32;
    let e2 = 3.0e40f32 as f64;
    let f = 70000 as i16;
    let g = 256_u8 as char;
    let h = -129i8 as i32;
    let i = 1e400 as f32;
    println!("{} {} {} {} {} {} {} {} {}", a, b, c, e, e2, f, g, h, i);
}
