// lints: non_upper_case_globals non_snake_case non_camel_case_types
// Protocol constants and helpers written in the wrong case.
#[derive(Debug, Clone, Copy, PartialEq)]
enum frame_type {
    Data,
    Ack,
}

#[derive(Debug, Clone, Copy)]
struct Header {
    kind: frame_type,
    seqNo: u16,
}

impl Header {
    const maxSeq: u16 = 4095;
    const HEADER_LEN: usize = 4;

    fn nextSeq(&self) -> u16 {
        if self.seqNo == Self::maxSeq {
            0
        } else {
            self.seqNo + 1
        }
    }

    fn is_ack(&self) -> bool {
        self.kind == frame_type::Ack
    }
}

static defaultWindow: u16 = 8;
const retry_limit: u8 = 3;

fn Encode(h: &Header, Out: &mut [u8; 4]) {
    Out[0] = h.kind as u8;
    Out[1] = (h.seqNo >> 8) as u8;
    Out[2] = h.seqNo as u8;
    Out[3] = retry_limit;
}

fn main() {
    let h = Header { kind: frame_type::Data, seqNo: 4095 };
    let mut buf = [0u8; 4];
    Encode(&h, &mut buf);
    let AckCount = if h.is_ack() { 1 } else { 0 };
    println!("{} {:?} {} {} {}", h.nextSeq(), buf, defaultWindow, AckCount, Header::HEADER_LEN);
}
