// Packet header decoding with slice patterns over received bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Packet {
    Ping,
    Data { channel: u8, len: u8 },
    Ack(u8),
    Garbage,
}

fn decode(bytes: &[u8]) -> Packet {
    match bytes {
        [0x01] => Packet::Ping,
        [0x02, channel, len, ..] => Packet::Data { channel: *channel, len: *len },
        [0x03, seq] => Packet::Ack(*seq),
        [first, .., last] if first == last => Packet::Garbage,
        [_, _, ..] => Packet::Garbage,
    }
}

fn header(frame: [u8; 4]) -> u16 {
    match frame {
        [hi, lo, _, _] if hi > 0 => (hi as u16) << 8 | lo as u16,
        [0, lo, ..] => lo as u16,
    }
}

fn describe(p: Packet) -> u8 {
    match p {
        Packet::Ping => 0,
        Packet::Data { channel, .. } => channel,
        Packet::Ack(seq @ 0..=127) => seq,
    }
}

fn main() {
    let frames: [&[u8]; 4] = [&[1], &[2, 5, 3, 9, 9, 9], &[3, 44], &[7, 1, 7]];
    for f in frames {
        let p = decode(f);
        println!("{:?} -> {}", p, describe(p));
    }
    println!("{}", header([1, 2, 3, 4]));
}
