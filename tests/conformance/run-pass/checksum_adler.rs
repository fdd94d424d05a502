// Adler-32 and a simple CRC-8 over fixed messages.
const MOD_ADLER: u32 = 65521;

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in data {
        a = (a + byte as u32) % MOD_ADLER;
        b = (b + a) % MOD_ADLER;
    }
    (b << 16) | a
}

fn crc8(data: &[u8]) -> u8 {
    let mut crc: u8 = 0;
    for &byte in data {
        crc ^= byte;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x07 } else { crc << 1 };
        }
    }
    crc
}

fn main() {
    let messages: [&[u8]; 4] = [b"", b"a", b"Wikipedia", b"The quick brown fox jumps over the lazy dog"];
    for m in messages {
        println!("len {:>2}: adler32 {:08x} crc8 {:02x}", m.len(), adler32(m), crc8(m));
    }
    let mut buf = [0u8; 16];
    for i in 0..buf.len() {
        buf[i] = (i * 17) as u8;
    }
    let before = crc8(&buf);
    buf[7] ^= 0x10;
    println!("bit flip detected: {}", before != crc8(&buf));
}
