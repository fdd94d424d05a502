// lints: arithmetic_overflow
// regen: build
// Byte checksums: sum, xor and a simple Fletcher-16 over fixed buffers.
const BLOCK: usize = 8;

struct Packet {
    header: u8,
    payload: [u8; BLOCK],
    length: u8,
}

impl Packet {
    fn new(header: u8, payload: [u8; BLOCK]) -> Packet {
        Packet { header, payload, length: BLOCK as u8 }
    }

    fn sum8(&self) -> u8 {
        let mut s: u8 = self.header;
        for b in self.payload {
            s = s.wrapping_add(b);
        }
        s
    }

    fn xor8(&self) -> u8 {
        let mut x = self.header;
        for &b in self.payload.iter() {
            x ^= b;
        }
        x
    }

    fn fletcher16(&self) -> u16 {
        let mut a: u16 = 0;
        let mut b: u16 = 0;
        for &byte in &self.payload[..self.length as usize] {
            a = (a + byte as u16) % 255;
            b = (b + a) % 255;
        }
        (b << 8) | a
    }
}

fn max_packet_size() -> u8 {
    let header_bytes: u8 = 16;
    let body: u8 = 250;
    header_bytes + body
}

fn shift_mask(bits: u32) -> u32 {
    let width = 32;
    if bits >= width {
        return u32::MAX;
    }
    (1u32 << bits) - 1
}

fn main() {
    let p = Packet::new(0x7E, [1, 2, 3, 250, 251, 252, 9, 10]);
    println!("sum8 = {:#04x}", p.sum8());
    println!("xor8 = {:#04x}", p.xor8());
    println!("fletcher16 = {:#06x}", p.fletcher16());
    println!("mask(5) = {:#b}", shift_mask(5));
    let limit: u8 = 255 + 1;
    let wide = 1i32 << 40;
    println!("{} {} {}", max_packet_size(), limit, wide);
}
