#[derive(Debug, Clone, Copy)]
enum Packet {
    Data { len: u16, checksum: u8 },
    Ack(u32),
    Reset,
}

fn inspect(p: Packet) -> u32 {
    match p {
        Packet::Data { len: l @ 0..=64, checksum } => l as u32 + checksum as u32,
        Packet::Data { len: l @ 65..=u16::MAX, .. } => l as u32 * 2,
        Packet::Ack(seq @ (0 | 1)) => seq,
        Packet::Ack(seq) if seq % 2 == 0 => seq / 2,
        Packet::Ack(_) => 1,
        Packet::Reset => 0,
    }
}

fn main() {
    let ps = [
        Packet::Data { len: 10, checksum: 3 },
        Packet::Data { len: 1000, checksum: 0 },
        Packet::Ack(1),
        Packet::Ack(8),
        Packet::Ack(9),
        Packet::Reset,
    ];
    let mut sum = 0;
    for p in ps {
        sum += inspect(p);
    }
    println!("{}", sum);
}
