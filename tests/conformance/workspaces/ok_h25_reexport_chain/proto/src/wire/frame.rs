use super::pad;
use crate::{HEADER_LEN, Port};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ping,
    Data(u8),
    Close { code: u16 },
}

#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub port: Port,
    pub kind: Kind,
    pub header: [u8; HEADER_LEN],
}

impl Frame {
    pub fn new(port: Port, kind: Kind) -> Self {
        let tag = match kind {
            Kind::Ping => 0,
            Kind::Data(n) => n,
            Kind::Close { .. } => 255,
        };
        Frame { port, kind, header: [super::super::VERSION, tag, 0, pad(3) as u8] }
    }
}
