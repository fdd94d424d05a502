// let-else mistakes: an else block that does not diverge, and a refutable plain `let`.
#[derive(Debug, Clone, Copy)]
enum Packet {
    Data { len: u16, checksum: u8 },
    Ack(u32),
    Reset,
}

fn payload_len(p: Packet) -> u16 {
    let Packet::Data { len, .. } = p else {
        // mistake 1: the else block must diverge
        println!("no payload in {:?}", p);
    };
    len
}

fn ack_number(p: Packet) -> u32 {
    // mistake 2: plain let with a refutable pattern
    let Packet::Ack(n) = p;
    n
}

fn main() {
    let packets = [Packet::Data { len: 64, checksum: 7 }, Packet::Ack(12), Packet::Reset];
    for p in packets {
        println!("{}", payload_len(p));
    }
    println!("{}", ack_number(packets[1]));
}
