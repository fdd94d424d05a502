// Packet parsing with slice patterns and nested enum/struct patterns.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Packet {
    Ping,
    Data { channel: u8, len: usize },
    Ack(u16),
    Unknown(u8),
}

fn parse(bytes: &[u8]) -> Packet {
    match bytes {
        [] => Packet::Unknown(0),
        [0x01] => Packet::Ping,
        [0x02, ch, rest @ ..] => Packet::Data { channel: *ch, len: rest.len() },
        [0x03, hi, lo] => Packet::Ack((*hi as u16) << 8 | *lo as u16),
        [first, .., last] if first == last => Packet::Unknown(*first),
        [first, ..] => Packet::Unknown(*first),
    }
}

fn priority(p: Packet) -> u8 {
    match p {
        Packet::Ping => 0,
        Packet::Data { channel: 0..=3, len } if len > 4 => 3,
        Packet::Data { channel: 0..=3, .. } => 2,
        Packet::Data { .. } => 1,
        Packet::Ack(n @ 0x0100..=0x01ff) => (n & 0x0f) as u8,
        Packet::Ack(_) | Packet::Unknown(_) => 9,
    }
}

fn main() {
    let frames: [&[u8]; 7] = [
        &[0x01],
        &[0x02, 2, 10, 20, 30, 40, 50],
        &[0x02, 7, 1],
        &[0x03, 0x01, 0x2a],
        &[0x09, 5, 0x09],
        &[0x0a, 1, 2],
        &[],
    ];
    for f in frames {
        let p = parse(f);
        println!("{:<40} priority {}", format_packet(p), priority(p));
    }
}

fn format_packet(p: Packet) -> &'static str {
    match p {
        Packet::Ping => "ping",
        Packet::Data { .. } => "data",
        Packet::Ack(_) => "ack",
        Packet::Unknown(_) => "unknown",
    }
}
