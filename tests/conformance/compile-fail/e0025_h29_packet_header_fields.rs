// A network packet decoder whose destructuring patterns name a field twice.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Proto {
    Tcp,
    Udp,
    Icmp,
}

#[derive(Debug, Clone, Copy)]
struct Header {
    src: u16,
    dst: u16,
    len: u16,
    proto: Proto,
}

#[derive(Debug, Clone, Copy)]
enum Frame {
    Data { header: Header, checksum: u16 },
    Ack { seq: u32 },
    Reset,
}

fn route_key(h: &Header) -> u32 {
    let Header { src, dst, src: from, .. } = *h;
    ((src as u32) << 16) | dst as u32 | from as u32
}

fn payload_len(f: Frame) -> u16 {
    match f {
        Frame::Data { header: Header { len, proto: Proto::Tcp, .. }, checksum, checksum: _ } => {
            len.saturating_sub(20) + checksum % 2
        }
        Frame::Data { header: Header { len, .. }, .. } => len.saturating_sub(8),
        Frame::Ack { .. } | Frame::Reset => 0,
    }
}

fn is_ack_of(f: &Frame, expected: u32) -> bool {
    match *f {
        Frame::Ack { seq } => seq == expected,
        _ => false,
    }
}

fn main() {
    let h = Header { src: 80, dst: 443, len: 60, proto: Proto::Udp };
    let f = Frame::Data { header: h, checksum: 0xBEEF };
    println!("{} {} {}", route_key(&h), payload_len(f), is_ack_of(&Frame::Ack { seq: 9 }, 9));
    let icmp = Proto::Icmp;
    let size: u16 = h.len + icmp;
    println!("{:?} {}", Frame::Reset, size);
}
