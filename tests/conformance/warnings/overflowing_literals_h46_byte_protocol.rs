// lints: dead_code overflowing_literals
// A small framing protocol over u8 opcodes; one arm uses an opcode from the 16-bit draft.
#[derive(Debug, Clone, Copy)]
enum Frame {
    Ping,
    Data(u8),
    Ack(u8),
    Reset,
    Unknown(u8),
}

fn decode(op: u8, arg: u8) -> Frame {
    match op {
        0x01 => Frame::Ping,
        0x02 => Frame::Data(arg),
        0x03 => Frame::Ack(arg),
        0x1FF => Frame::Reset,
        other => Frame::Unknown(other),
    }
}

fn is_control(op: u8) -> bool {
    if let 0x100 = op {
        return true;
    }
    op < 0x10
}

fn checksum(bytes: &[u8]) -> u8 {
    let mut acc: u8 = 0;
    for b in bytes {
        acc = acc.wrapping_add(*b);
    }
    acc
}

fn main() {
    let stream: [u8; 6] = [0x01, 0x00, 0x02, 0x41, 0x03, 0x07];
    let mut i = 0;
    while i + 1 < stream.len() {
        let f = decode(stream[i], stream[i + 1]);
        println!("{:?} control={}", f, is_control(stream[i]));
        i += 2;
    }
    println!("sum={}", checksum(&stream));
}
