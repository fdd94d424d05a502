// lints: overflowing_literals
// Register tables for a small microcontroller emulator.
#![allow(dead_code)]

const STATUS_MASK: u8 = 0xFF;
const NEG_LIMIT: i8 = -128;
const BAD_LIMIT: i8 = 128;
const WIDE: u16 = 65_536;
const SIGNED_HEX: i16 = 0xFFFF;
const EDGE: i32 = -2_147_483_648;
const FLOATY: f32 = 1e40;
const ALIGN: u32 = 0b1_0000_0000_0000_0000_0000_0000_0000_0000;

struct Registers {
    a: u8,
    b: i8,
    pc: u16,
}

fn reset() -> Registers {
    Registers { a: 256, b: -129, pc: 0 }
}

fn offsets() -> [i8; 3] {
    [127, -128, 200]
}

fn main() {
    let r = reset();
    let o = offsets();
    let big = 300u8;
    let neg: u32 = 5;
    let x = -(neg as i64);
    println!("{} {} {} {:?} {} {}", r.a, r.b, r.pc, o, big, x);
    println!("{} {} {} {} {} {}", STATUS_MASK, NEG_LIMIT, BAD_LIMIT, WIDE, SIGNED_HEX, EDGE);
    println!("{} {}", FLOATY, ALIGN);
}
