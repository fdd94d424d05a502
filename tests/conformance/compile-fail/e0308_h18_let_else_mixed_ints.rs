// A `let ... else` whose pattern does not match the scrutinee's type, and arithmetic that
// mixes `u32` with `u64` and `usize` in comparisons, returns and lets.
#[derive(Debug, Clone, Copy)]
enum Frame {
    Ack(u16),
}

#[derive(Debug, Clone, Copy)]
enum Packet {
    Data { len: u32, checksum: u64 },
    Ack(u16),
}

fn payload_size(p: Packet) -> u64 {
    let Packet::Data { len, checksum } = p else {
        return 0;
    };
    if len > checksum {
        return checksum;
    }
    len
}

fn ack_id(p: Packet) -> u16 {
    let Frame::Ack(id) = p else {
        return 0;
    };
    id
}

fn main() {
    let packets = [Packet::Data { len: 40, checksum: 7 }, Packet::Ack(3)];
    let mut total: u64 = 0;
    for (i, p) in packets.iter().enumerate() {
        total += payload_size(*p);
        let weight: u32 = 3;
        let slot: usize = weight;
        if i < weight {
            println!("{} {} {}", slot, ack_id(*p), total);
        }
    }
}
