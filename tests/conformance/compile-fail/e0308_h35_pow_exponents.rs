// Compound interest and bit shifting with exponent and shift arguments of the wrong type.
fn grow(principal: u64, years: usize) -> u64 {
    let factor = 2u64.pow(years);
    principal * factor
}

fn grow_ok(principal: u64, years: u32) -> u64 {
    principal * 2u64.pow(years)
}

fn rotate(word: u32, by: u8) -> u32 {
    word.rotate_left(by)
}

fn add_checksum(acc: u32, byte: u8) -> u32 {
    acc.wrapping_add(byte)
}

fn add_checksum_ok(acc: u32, byte: u8) -> u32 {
    acc.wrapping_add(byte as u32)
}

fn clamp_level(level: i32, max: i64) -> i32 {
    level.min(max)
}

fn main() {
    println!("{} {}", grow(100, 3), grow_ok(100, 3));
    println!("{}", rotate(0x1234_5678, 8));
    println!("{} {}", add_checksum(7, 250), add_checksum_ok(7, 250));
    println!("{}", clamp_level(40, 30));
    let scale: f64 = 10.0;
    println!("{}", scale.powi(2.0));
    println!("{}", scale.powf(2));
}
