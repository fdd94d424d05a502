// lints: overflowing_literals
// Packet header builder with literal mistakes
const MAGIC: u8 = 0xCAFE;
const VERSION: i8 = 200;

struct Header {
    magic: u8,
    version: i8,
    flags: u16,
    len: u32,
}

fn make_header(len: u32) -> Header {
    Header {
        magic: MAGIC,
        version: VERSION,
        flags: 0b1_0000_0000_0000_0000,
        len,
    }
}

fn main() {
    let h = make_header(1_000);
    let limit: i16 = 40_000;
    let neg: i8 = -129;
    let ok_min: i8 = -128;
    let big: u64 = 0xFFFF_FFFF_FFFF_FFFF;
    let mask: u32 = 0o777;
    println!("{} {} {} {} {} {} {} {} {}", h.magic, h.version, h.flags, h.len, limit, neg, ok_min, big, mask);
}
