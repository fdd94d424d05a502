// Network packet decoding: the Ack variant gained a window field; the decoder still
// matches the old shape, and a struct pattern names a field that does not exist.
#[derive(Debug, Clone, Copy)]
enum Packet {
    Syn(u32),
    Ack(u32, u16),
    Data { seq: u32, len: u16 },
}

fn describe(p: Packet) {
    match p {
        Packet::Syn(seq) => println!("syn {}", seq),
        Packet::Ack(seq) => println!("ack {}", seq),
        Packet::Data { seq, length } => println!("data {} ({} bytes)", seq, length),
    }
}

fn main() {
    let stream = [Packet::Syn(1), Packet::Ack(1, 512), Packet::Data { seq: 2, len: 100 }];
    for p in stream {
        describe(p);
    }
}
