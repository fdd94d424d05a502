// Buffer sizes that depend on runtime values used where a constant is needed.
const HEADER: usize = 8;

fn frame_size(payload: usize) -> usize {
    HEADER + payload
}

fn checksum(data: &[u8]) -> u8 {
    let mut c = 0u8;
    for b in data {
        c = c.wrapping_add(*b);
    }
    c
}

fn main() {
    let payload = 24;
    let total = frame_size(payload);
    let buf = [0u8; total];
    let header = [1u8; HEADER];
    let per_channel = payload / 2;
    const HALF: usize = per_channel;
    let left = [0u8; HALF];
    println!("{} {} {}", checksum(&buf), checksum(&header), left.len());
}
