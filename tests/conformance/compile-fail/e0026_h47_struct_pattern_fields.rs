// Struct patterns naming fields that do not exist, or leaving some out.
#[derive(Debug, Clone, Copy)]
struct Packet {
    src: u16,
    dst: u16,
    ttl: u8,
}

#[derive(Debug, Clone, Copy)]
enum Frame {
    Data { packet: Packet, crc: u32 },
    Ack { seq: u32 },
    Reset,
}

fn route(f: Frame) -> u16 {
    match f {
        Frame::Data { packet: Packet { src, dest, .. }, .. } => src + dest,
        Frame::Ack { sequence } => sequence as u16,
        Frame::Reset => 0,
    }
}

fn hops(p: Packet) -> u8 {
    let Packet { ttl, src } = p;
    ttl + src as u8
}

fn main() {
    let p = Packet { src: 1, dst: 2, ttl: 64 };
    let f = Frame::Data { packet: p, crc: 0xdead };
    println!("{} {}", route(f), hops(p));
    println!("{}", route(Frame::Ack { seq: 9 }));
    println!("{}", route(Frame::Reset));
}
