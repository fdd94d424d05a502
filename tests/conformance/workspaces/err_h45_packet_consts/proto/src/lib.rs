// Wire-format constants for a toy packet protocol.
pub const HEADER_LEN: usize = 4;
pub const MAX_PAYLOAD: usize = 16;
pub const PACKET_LEN: usize = HEADER_LEN + MAX_PAYLOAD;

pub const KIND_PING: u8 = 0x01;
pub const KIND_DATA: u8 = 0x02;
pub const KIND_ACK: u8 = 0x03;
pub const RESERVED_LO: u8 = 0xF0;
pub const RESERVED_HI: u8 = 0xFF;

pub static MAGIC: u8 = 0x7E;
pub static VERSION: u16 = 3;

pub mod flags {
    pub const URGENT: u8 = 0b1000_0000;
    pub const CHECKSUM: u8 = 0b0100_0000;
}

pub struct Frame;

impl Frame {
    pub const SLOTS: usize = 8;
    pub const TERMINATOR: u8 = 0x00;
}

pub fn header(kind: u8, len: u8) -> [u8; HEADER_LEN] {
    [MAGIC, kind, len, flags::CHECKSUM]
}
