use wire::{Frame, Opcode};

pub fn encode(f: &Frame, out: &mut [u8; 4]) -> usize {
    out[0] = match f.op {
        Opcode::Ping => 1,
        Opcode::Data(_) => 2,
        Opcode::Close => 3,
    };
    out[1] = (f.header.len >> 8) as u8;
    out[2] = f.header.len as u8;
    out[3] = wire::checksum(&out[..3]);
    frame_size
}
