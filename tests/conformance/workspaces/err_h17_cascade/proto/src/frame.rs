mod header;

pub use header::Header;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Opcode {
    Ping,
    Data(u8),
    Close,
}

#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub header: Header,
    pub op: Opcode,
}

impl Frame {
    pub fn ping() -> Frame {
        let unused_len = 4;
        logkit::line(0, "ping");
        Frame { header: Header::new(0), op: Opcode::Ping }
    }
}
