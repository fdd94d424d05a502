#[derive(Debug, Clone, Copy)]
pub enum Frame {
    Housekeeping { volts: u16 },
    Science(u32),
    Empty,
}

pub fn size(f: Frame) -> usize {
    match f {
        Frame::Housekeeping { volts } => 2,
        Frame::Science(_) => 4,
        Frame::Empty => 0,
    }
}
