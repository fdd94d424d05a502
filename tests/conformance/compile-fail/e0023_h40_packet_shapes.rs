#[derive(Debug, Clone, Copy)]
enum Packet {
    Ping(u32),
    Data(u32, u16, u8),
    Ack { seq: u32, window: u16 },
    Reset,
}

fn seq(p: Packet) -> u32 {
    match p {
        Packet::Ping(s) => s,
        Packet::Data(s, _) => s,
        Packet::Ack { seq, .. } => seq,
        Packet::Reset => 0,
    }
}

fn window(p: Packet) -> u16 {
    match p {
        Packet::Ack { window, flags } => window,
        Packet::Ack { seq } => seq as u16,
        Packet::Reset(code) => code,
        _ => 0,
    }
}

fn payload_len(p: &Packet) -> u16 {
    match p {
        Packet::Data(_, len, ..) => *len,
        Packet::Ping(_, ..) => 4,
        _ => 0,
    }
}

fn main() {
    let ps = [Packet::Ping(1), Packet::Data(2, 100, 0), Packet::Ack { seq: 3, window: 64 }, Packet::Reset];
    for p in ps {
        println!("{} {} {}", seq(p), window(p), payload_len(&p));
    }
}
