mod checksum;

pub use self::checksum::*;
use crate::Aspect;

pub const FRAME_LEN: usize = 3;
const SECRET_SALT: u8 = 0x3c;

pub fn encode(a: Aspect, box_id: u8) -> [u8; FRAME_LEN] {
    let body = a as u8 ^ SECRET_SALT;
    [box_id, body, sum(box_id, body)]
}

fn decode_raw(b: u8) -> u8 {
    b ^ SECRET_SALT
}

pub fn decode(frame: [u8; FRAME_LEN]) -> u8 {
    decode_raw(frame[1])
}
