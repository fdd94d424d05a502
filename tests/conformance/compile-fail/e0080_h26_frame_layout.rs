// CAN frame layout: the payload length is derived from header sizes, one of which is too big.
const FRAME_BYTES: usize = 16;
const ID_BYTES: usize = 4;
const CTRL_BYTES: usize = 2;
const CRC_BYTES: usize = 12;
const PAYLOAD: usize = FRAME_BYTES - ID_BYTES - CTRL_BYTES - CRC_BYTES;

struct Frame {
    id: [u8; ID_BYTES],
    ctrl: [u8; CTRL_BYTES],
    payload: [u8; PAYLOAD],
}

fn checksum(bytes: &[u8]) -> u16 {
    let mut sum: u16 = 0;
    for b in bytes {
        sum = sum.wrapping_add(*b as u16);
    }
    sum
}

fn main() {
    let f = Frame { id: [1, 2, 3, 4], ctrl: [0, 8], payload: [0; PAYLOAD] };
    println!("{}", checksum(&f.id) + checksum(&f.ctrl));
    println!("{}", f.payload.len());
    let header: [u8; ID_BYTES + CTRL_BYTES] = [0; 5];
    println!("{}", header.len());
}
