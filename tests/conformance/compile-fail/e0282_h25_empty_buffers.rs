// A packet assembler with buffers whose element types are never pinned down.
const HEADER: [u8; 2] = [0xAA, 0x55];

fn checksum(bytes: &[u8]) -> u8 {
    let mut sum = 0u8;
    for b in bytes {
        sum = sum.wrapping_add(*b);
    }
    sum
}

fn assemble(payload: &[u8]) -> usize {
    // An empty placeholder: nothing ever says what it holds.
    let trailer = [];
    let total = HEADER.len() + payload.len() + trailer.len();
    let crc = checksum(payload);
    println!("crc {:02x}", crc);
    total
}

fn main() {
    let payload = [1, 2, 3];
    println!("{}", assemble(&payload));
}
