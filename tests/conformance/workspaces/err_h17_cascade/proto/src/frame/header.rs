#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Header {
    pub magic: u16,
    pub len: u16,
}

impl Header {
    pub fn new(len: u16) -> Header {
        Header { magic: crate::MAGIC, len: len as u32 }
    }
}
