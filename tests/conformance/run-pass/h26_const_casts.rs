// Register and protocol constants with truncating and sign-changing casts.
mod wire {
    pub const MAGIC: u32 = 0xCAFE_BABE;
    pub const MAGIC_LOW: u8 = MAGIC as u8;
    pub const MAGIC_HIGH: u16 = (MAGIC >> 16) as u16;
    pub const WRAPPED: u8 = 300u32 as u8;
    pub const NEG_ONE: u32 = -1i32 as u32;
    pub const BIG_AS_SIGNED: i32 = u32::MAX as i32;
    pub const SIGN_EXT: i32 = -2i8 as i32;
    pub const ZERO_EXT: i32 = -2i8 as u8 as i32;
}

const TOP_BIT: u64 = 1 << 63;
const AS_I64: i64 = TOP_BIT as i64;
const LZ: u32 = 0x00F0_0000u32.leading_zeros();
const TZ: u32 = 0x00F0_0000u32.trailing_zeros();
const ONES: u32 = wire::MAGIC.count_ones();
const WRAP_ADD: u8 = 250u8.wrapping_add(10);
const WRAP_SUB: u8 = 3u8.wrapping_sub(5);
const WRAP_MUL: i8 = 100i8.wrapping_mul(3);
const POW: u64 = 3u64.pow(20);
const ROT: u8 = 0b1000_0001u8.rotate_left(1);
const SWAP: u16 = 0x1234u16.swap_bytes();
const FLOAT_TRUNC: i32 = -7.9f64 as i32;
const FLOAT_SAT: u8 = 1000.0f32 as u8;
const NEG_FLOAT_SAT: u8 = -5.0f32 as u8;
const CHAR_CODE: u32 = 'Z' as u32;
const FROM_BYTE: char = 97u8 as char;
const MIN_DIV: i32 = i32::MIN / 2;
const REM: i32 = -7 % 3;
const EUCLID: i32 = (-7i32).rem_euclid(3);
const TABLE: [u8; 4] = [wire::MAGIC_LOW, WRAP_ADD, WRAP_SUB, ROT];
const PICK: u8 = TABLE[TABLE.len() - 1];

fn main() {
    println!("{:#x} {:#x} {}", wire::MAGIC_LOW, wire::MAGIC_HIGH, wire::WRAPPED);
    println!("{} {} {} {}", wire::NEG_ONE, wire::BIG_AS_SIGNED, wire::SIGN_EXT, wire::ZERO_EXT);
    println!("{} {}", TOP_BIT, AS_I64);
    println!("{} {} {}", LZ, TZ, ONES);
    println!("{} {} {} {}", WRAP_ADD, WRAP_SUB, WRAP_MUL, POW);
    println!("{:#010b} {:#06x}", ROT, SWAP);
    println!("{} {} {}", FLOAT_TRUNC, FLOAT_SAT, NEG_FLOAT_SAT);
    println!("{} {}", CHAR_CODE, FROM_BYTE);
    println!("{} {} {}", MIN_DIV, REM, EUCLID);
    println!("{:?} {}", TABLE, PICK);
}
