// Packet size arithmetic across u8, u16, u32 and usize.
const HEADER_LEN: u8 = 12;
const MAX_PAYLOAD: u32 = 1400;

#[derive(Clone, Copy)]
struct Packet {
    flags: u8,
    payload_len: u16,
    seq: u32,
}

fn total_len(p: Packet) -> u32 {
    HEADER_LEN + p.payload_len as u32
}

fn fits(p: Packet) -> bool {
    let len: u32 = p.payload_len;
    len <= MAX_PAYLOAD
}

fn window(p: Packet, buffer: &[u8]) -> usize {
    let end: usize = p.payload_len as u32 + HEADER_LEN as u32;
    if end > buffer.len() { buffer.len() } else { end }
}

fn next_seq(p: Packet, step: u8) -> u32 {
    p.seq + step as u32
}

fn main() {
    let buf = [0u8; 64];
    let p = Packet { flags: 0b101, payload_len: 40, seq: 7 };
    let shifted: u16 = p.flags << 2;
    println!("{} {} {} {} {}", total_len(p), fits(p), window(p, &buf), next_seq(p, 3), shifted);
}
