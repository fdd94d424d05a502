// Packet buffers whose array lengths are computed from constants; some of the
// subtractions go below zero.
const HEADER: usize = 8;
const SMALL_PACKET: usize = 6;

struct Packet {
    header: [u8; HEADER],
    body: [u8; SMALL_PACKET - HEADER],
}

fn checksum(data: [u8; HEADER - 9]) -> u32 {
    let mut sum = 0u32;
    for b in data {
        sum += b as u32;
    }
    sum
}

fn scratch() -> usize {
    let buf = [0u8; SMALL_PACKET - HEADER - 1];
    buf.len()
}

fn ok_buffer() -> usize {
    let buf = [0u8; HEADER - SMALL_PACKET];
    buf.len()
}

fn main() {
    println!("{}", scratch() + ok_buffer());
}
