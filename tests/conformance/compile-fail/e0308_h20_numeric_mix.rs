// Packet sizes: integer types of different widths are mixed, and a byte is
// compared with a char.
const HEADER_BYTES: u16 = 20;

struct Packet {
    payload_len: u32,
    ttl: u8,
    kind: u8,
}

fn total_len(p: &Packet) -> u32 {
    p.payload_len + HEADER_BYTES
}

fn is_control(p: &Packet) -> bool {
    p.kind == 'C'
}

fn hops_left(p: &Packet, used: i64) -> i64 {
    let ttl: i32 = p.ttl as i32;
    ttl - used
}

fn main() {
    let p = Packet { payload_len: 512, ttl: 64, kind: b'C' };
    let scale: u64 = 3;
    let big: u64 = total_len(&p) * scale;
    println!("{} {} {} {}", total_len(&p), is_control(&p), hops_left(&p, 10), big);
}
