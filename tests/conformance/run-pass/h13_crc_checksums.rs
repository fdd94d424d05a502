// Checksums over byte strings: CRC-32 with a runtime table, Fletcher-16, and a parity byte.
static MESSAGES: [&[u8]; 4] = [b"", b"a", b"123456789", b"The quick brown fox jumps over the lazy dog"];

struct Crc32 {
    table: [u32; 256],
}

impl Crc32 {
    const POLY: u32 = 0xEDB8_8320;

    fn new() -> Crc32 {
        let mut table = [0u32; 256];
        for (i, slot) in table.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 == 1 { Self::POLY ^ (c >> 1) } else { c >> 1 };
            }
            *slot = c;
        }
        Crc32 { table }
    }

    fn checksum(&self, data: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in data {
            let idx = ((crc ^ b as u32) & 0xFF) as usize;
            crc = self.table[idx] ^ (crc >> 8);
        }
        !crc
    }
}

fn fletcher16(data: &[u8]) -> u16 {
    let (mut a, mut b) = (0u16, 0u16);
    for &byte in data {
        a = (a + byte as u16) % 255;
        b = (b + a) % 255;
    }
    (b << 8) | a
}

fn parity(data: &[u8]) -> u8 {
    let mut p = 0u8;
    for b in data.iter() {
        p ^= *b;
    }
    (p.count_ones() % 2) as u8
}

fn adler_wrapping(data: &[u8]) -> u32 {
    let mut h = 0u32;
    for &b in data {
        h = h.wrapping_mul(31).wrapping_add(b as u32);
        h = h.rotate_left(5) ^ (h >> 27);
    }
    h
}

fn main() {
    let crc = Crc32::new();
    println!("table[1]={:#010x} table[255]={:#010x}", crc.table[1], crc.table[255]);
    for msg in MESSAGES.iter() {
        let c = crc.checksum(msg);
        let f = fletcher16(msg);
        println!("{:>2} bytes crc32={c:08x} fletcher={f:04X} parity={} mix={:>10}", msg.len(), parity(msg), adler_wrapping(msg));
    }
    let mut buf = [0u8; 16];
    for i in (0..buf.len()).rev() {
        buf[i] = (i as u8).wrapping_mul(37) ^ 0x5A;
    }
    let (head, tail) = (&buf[..8], &buf[8..]);
    println!("head {:?}", head);
    println!("crc head {:08x} tail {:08x} all {:08x}", crc.checksum(head), crc.checksum(tail), crc.checksum(&buf));
    let mut flipped = buf;
    flipped[3] ^= 0b0001_0000;
    let diff = crc.checksum(&buf) ^ crc.checksum(&flipped);
    println!("one bit flip changes {} crc bits", diff.count_ones());
}
