// Casting numbers other than u8 to char: rustc points at char::from_u32.
fn main() {
    let a = 65u16 as char;
    let b = 65i32 as char;
    let c = 66u64 as char;
    let x: u32 = 67;
    let d = (x + 1) as char;
    let e = 1.5f32 as char;
    println!("{}{}{}{}{}", a, b, c, d, e);
}
