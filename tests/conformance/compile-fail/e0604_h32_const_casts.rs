const A: u8 = 300u16 as u8;
const B: i8 = 200u8 as i8;
const C: u32 = -1i32 as u32;
const D: u8 = 'A' as u8;
const E: char = 66u8 as char;
const F: i64 = 3.9f64 as i64;
const G: u8 = true as u8 + false as u8;
const H: usize = (-5i32) as usize;
const I: f32 = 1e40f64 as f32;
const J: char = 300u16 as char;
const K: bool = 1 as bool;

fn main() {
    println!("{} {} {} {} {} {} {} {} {}", A, B, C, D, E, F, G, H, I);
    println!("{} {}", J, K);
}
