// Casting with `as`: truncation, wrap-around, saturating float casts, char conversions.
fn to_byte(n: i32) -> u8 {
    n as u8
}

fn checksum(bytes: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    for &b in bytes {
        sum = sum.wrapping_add(b as u32);
    }
    (sum & 0xffff) as u16
}

fn main() {
    let decimal = 65.4321_f32;
    let integer = decimal as u8;
    let character = integer as char;
    println!("casting: {} -> {} -> {}", decimal, integer, character);
    println!("1000 as a u16 is: {}", 1000 as u16);
    println!("  -1 as a u8 is : {}", (-1i8) as u8);
    println!("1000 mod 256 is : {}", 1000 % 256);
    println!(" 128 as a i16 is: {}", 128 as i16);
    println!(" 232 as a i8 is : {}", to_byte(232) as i8);
    println!(" 300.0 as u8 is : {}", 300.0_f32 as u8);
    println!("-100.0 as u8 is : {}", -100.0_f32 as u8);
    println!("   nan as u8 is : {}", f32::NAN as u8);
    println!("true as i32 is  : {}", true as i32);
    println!("'A' as u32 is   : {}", 'A' as u32);
    let bytes = [0x10u8, 0xff, 0x7f, 200];
    println!("checksum: {:#06x}", checksum(&bytes));
    let big: i64 = 1 << 40;
    println!("big as i32 is {}", big as i32);
    let ratio = 7 as f64 / 2 as f64;
    println!("ratio {}", ratio);
    let idx = 3i32;
    println!("element {}", bytes[idx as usize]);
}
