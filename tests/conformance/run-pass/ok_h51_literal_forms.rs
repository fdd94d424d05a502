// All the ways to write numbers
fn main() {
    let dec = 1_000_000;
    let hex = 0xff_u8;
    let oct = 0o7_7_7;
    let bin = 0b1010_1010u8;
    let byte = b'A';
    let sci = 1.5e3;
    let sci2 = 2E-2_f32;
    let trailing = 5.;
    let typed = 7u64;
    let under = 1_2_3_i16;
    let f_suffix = 3f32;
    let x: u8 = 255;
    let y: i8 = -128;
    let z = -0x80i8;
    let big = u128::MAX;
    let w = 0x_dead_beef_u32;
    println!("{} {} {} {} {} {} {} {} {} {} {}", dec, hex, oct, bin, byte, sci, sci2, trailing, typed, under, f_suffix);
    println!("{} {} {} {} {}", x, y, z, big, w);
    println!("{:x} {:o} {:b} {:#X}", 255, 8, 5u8, w);
}
