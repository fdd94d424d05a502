// Packet buffers whose lengths come from tricky const expressions; each annotation must agree
// with the literal length on the right, so the checker has to evaluate the consts exactly.
mod sizes {
    pub const WRAPPED: usize = 300u32 as u8 as usize;
    pub const SIGNED: usize = (-2i8 as u8) as usize - 250;
    pub const SHIFTED: usize = (0xF0u8 >> 4) as usize;
    pub const LZ: usize = 1u32.leading_zeros() as usize;
    pub const POW: usize = 2usize.pow(3) - 1;
    pub const WRAP: usize = 250u8.wrapping_add(10) as usize;
    pub const MASKED: usize = (u32::MAX & 0b101) as usize;
    pub const REM: usize = (-7i32).rem_euclid(4) as usize;
    pub const MIXED: usize = (i16::MIN as u16 >> 13) as usize;
    pub const NOT: usize = !0xFFF8u16 as usize;
}

use sizes::*;

const HEADER: [u8; WRAPPED] = [0; 44];
const BLOCKS: usize = HEADER.len() / 11;

struct Packet {
    header: [u8; WRAPPED],
    tail: [u16; SIGNED],
}

fn checksum(words: &[u16; SIGNED]) -> u32 {
    let mut s = 0u32;
    for w in words {
        s += *w as u32;
    }
    s
}

fn main() {
    let p = Packet { header: HEADER, tail: [7, 8, 9, 10] };
    let a: [u8; SHIFTED] = [1; 15];
    let b: [u8; LZ] = [2; 31];
    let c: [u8; POW] = [3; 7];
    let d: [u8; WRAP] = [4; 4];
    let e: [u8; MASKED] = [5; 5];
    let f: [u8; REM] = [6; 1];
    let g: [u8; MIXED] = [7; 4];
    let h: [u8; NOT] = [8; 7];
    let i: [u8; BLOCKS] = [9; 4];
    println!("{} {}", p.header.len(), checksum(&p.tail));
    println!("{} {} {} {} {}", a.len(), b.len(), c.len(), d.len(), e.len());
    println!("{} {} {} {}", f.len(), g.len(), h.len(), i.len());
}
