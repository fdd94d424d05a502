// lints: overflowing_literals
// regen: build
// Register tables with literals at and just past the edges of their types.
const MIN_I8: i8 = -128;
const UNDER_I8: i8 = -129;
const HEX_I8: i8 = 0x80;
const HEX_U16: u16 = 0x1_0000;
const BIN_U8: u8 = 0b1_0000_0000;
const OCT_I16: i16 = 0o100000;

static MASKS: [u8; 4] = [0xFF, 0x100, 255, 256];

fn byte_of(c: char) -> u8 {
    c as u8
}

fn negatives() -> i64 {
    let a: i16 = -32768;
    let b: i16 = -32769;
    let c = -2147483649i32;
    let d = -9223372036854775808i64;
    a as i64 + b as i64 + c as i64 + d
}

fn suffixed() -> u32 {
    let x = 256u8;
    let y = 65536_u16;
    let z = 0xFFFF_FFFF_u32;
    let w = 4294967296u32;
    x as u32 + y as u32 + z + w
}

fn floats() -> f64 {
    let big: f32 = 1e40;
    let ok: f64 = 1e300;
    let huge = 1e400f64;
    big as f64 + ok + huge
}

fn casts() -> u16 {
    let c = 300 as u8;
    let d = 'A' as u8;
    let e = -1i32 as u16;
    c as u16 + d as u16 + e
}

fn main() {
    println!("{} {} {} {} {} {}", MIN_I8, UNDER_I8, HEX_I8, HEX_U16, BIN_U8, OCT_I16);
    println!("{:?}", MASKS);
    println!("{}", byte_of('é'));
    println!("{}", negatives());
    println!("{}", suffixed());
    println!("{}", floats());
    println!("{}", casts());
}
