use proto::flags::*;
use proto::{Frame, KIND_ACK, KIND_DATA, KIND_PING, MAGIC, PACKET_LEN};

fn classify(kind: u8) -> &'static str {
    match kind {
        KIND_PING => "ping",
        KIND_DATA => "data",
        KIND_ACK => "ack",
        proto::RESERVED_LO..=proto::RESERVED_HI => "reserved",
        _ => "unknown",
    }
}

fn check_magic(byte: u8) -> bool {
    match byte {
        MAGIC => true,
        _ => false,
    }
}

fn urgent(flags: u8) -> bool {
    match flags & URGENT {
        URGENT => true,
        0 => false,
    }
}

fn main() {
    let mut packet = [0u8; PACKET_LEN];
    let head = proto::header(KIND_DATA, 5);
    for i in 0..proto::HEADER_LEN {
        packet[i] = head[i];
    }
    let mut queue = [[0u8; PACKET_LEN]; Frame::SLOTS];
    queue[0] = packet;
    let small: [u8; proto::MAX_PAYLOAD] = [Frame::TERMINATOR; proto::HEADER_LEN];
    let versions = [0u16; proto::VERSION as usize];
    println!("{} {} {}", classify(packet[1]), check_magic(packet[0]), urgent(CHECKSUM));
    println!("{} {:?} {:?}", queue.len(), small, versions);
}
