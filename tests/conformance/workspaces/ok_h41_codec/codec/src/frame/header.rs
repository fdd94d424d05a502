use byte_util::{get_u16, put_u16};

pub(super) const SIZE: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ping = 1,
    Data = 2,
    Ack = 3,
}

impl Kind {
    fn from_byte(b: u8) -> Kind {
        match b {
            1 => Kind::Ping,
            2 => Kind::Data,
            _ => Kind::Ack,
        }
    }
}

pub(super) fn write(out: &mut [u8], kind: Kind, seq: u16, len: usize) {
    out[0] = kind as u8;
    put_u16(out, 1, seq);
    out[3] = len as u8;
}

pub(super) fn read(buf: &[u8]) -> (Kind, u16, usize) {
    (Kind::from_byte(buf[0]), get_u16(buf, 1), buf[3] as usize)
}
