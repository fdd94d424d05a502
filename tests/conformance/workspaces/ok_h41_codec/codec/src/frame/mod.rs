mod header;

use crate::MAX_PAYLOAD;
use byte_util::checksum;
pub use header::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub kind: Kind,
    pub seq: u16,
    pub len: usize,
    pub payload: [u8; MAX_PAYLOAD],
}

impl Frame {
    pub fn new(kind: Kind, seq: u16, data: &[u8]) -> Frame {
        assert!(data.len() <= MAX_PAYLOAD, "payload too long");
        let mut payload = [0u8; MAX_PAYLOAD];
        for (i, &b) in data.iter().enumerate() {
            payload[i] = b;
        }
        Frame { kind, seq, len: data.len(), payload }
    }
}

pub fn encode(f: &Frame, out: &mut [u8]) -> usize {
    header::write(out, f.kind, f.seq, f.len);
    for i in 0..f.len {
        out[header::SIZE + i] = f.payload[i];
    }
    let end = header::SIZE + f.len;
    out[end] = checksum(&out[..end]);
    end + 1
}

/// Returns the frame and whether its checksum matched.
pub fn decode(buf: &[u8]) -> (Frame, bool) {
    let (kind, seq, len) = header::read(buf);
    let end = header::SIZE + len;
    let frame = Frame::new(kind, seq, &buf[header::SIZE..end]);
    (frame, checksum(&buf[..end]) == buf[end])
}
