// lints: non_camel_case_types non_upper_case_globals non_snake_case dead_code
// A serial protocol decoder ported from C: names keep C habits, attributes adjust levels.
#![warn(non_upper_case_globals)]

#[derive(Debug, Clone, Copy, PartialEq)]
enum frame_kind {
    Data,
    Ack,
    Nack,
    heart_beat,
}

#[allow(non_camel_case_types)]
#[derive(Debug, Clone, Copy)]
struct raw_header {
    kind: u8,
    len: u8,
    seq: u16,
}

const header_size: usize = 4;
static MaxPayload: usize = 16;

struct Decoder {
    frames: u32,
    errors: u32,
}

impl Decoder {
    const crcSeed: u16 = 0xffff;

    fn decodeHeader(&mut self, bytes: &[u8]) -> raw_header {
        self.frames += 1;
        raw_header { kind: bytes[0], len: bytes[1], seq: (bytes[2] as u16) << 8 | bytes[3] as u16 }
    }

    #[deny(non_snake_case)]
    fn classify(&mut self, h: &raw_header) -> frame_kind {
        let Kind = h.kind;
        match Kind {
            0x01 => frame_kind::Data,
            0x06 => frame_kind::Ack,
            0x15 => frame_kind::Nack,
            _ => {
                self.errors += 1;
                frame_kind::Nack
            }
        }
    }

    fn crc(&self, payload: &[u8]) -> u16 {
        let mut crc = Decoder::crcSeed;
        for &b in payload {
            crc ^= b as u16;
            crc = crc.rotate_left(3);
        }
        crc
    }
}

#[allow(dead_code, non_snake_case)]
mod legacy {
    pub fn OldChecksum(data: &[u8]) -> u8 {
        let mut s = 0u8;
        for &b in data {
            s = s.wrapping_add(b);
        }
        s
    }

    pub struct unused_thing;
}

fn main() {
    let stream: [u8; 14] = [0x01, 3, 0, 7, 10, 20, 30, 0x06, 0, 0, 8, 0x42, 0, 0];
    let mut dec = Decoder { frames: 0, errors: 0 };
    let mut at = 0;
    while at + header_size <= stream.len() {
        let h = dec.decodeHeader(&stream[at..]);
        let kind = dec.classify(&h);
        let end = at + header_size + (h.len as usize).min(MaxPayload);
        let payload = &stream[at + header_size..end.min(stream.len())];
        println!("seq {} {:?} payload {} crc {:04x}", h.seq, kind, payload.len(), dec.crc(payload));
        at = end;
    }
    println!("frames {} errors {} legacy {}", dec.frames, dec.errors, legacy::OldChecksum(&stream));
}
