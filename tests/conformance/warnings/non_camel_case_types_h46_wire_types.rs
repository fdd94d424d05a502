// lints: non_camel_case_types dead_code
// Wire types ported from a C header, keeping C-style names.
#[derive(Debug, Clone, Copy)]
struct pkt_header {
    len: u16,
    kind: u8,
}

#[derive(Debug, Clone, Copy)]
enum pkt_kind {
    DATA,
    ack_only,
    Nak,
    KEEP_ALIVE,
}

struct crc32_t(u32);

type byte_t = u8;
type Word16 = u16;

mod wire {
    pub struct raw_frame {
        pub bytes: [u8; 4],
    }
    pub enum Parity {
        even,
        Odd,
    }
    pub fn parity(f: &raw_frame) -> Parity {
        if f.bytes[0].count_ones() % 2 == 0 { Parity::even } else { Parity::Odd }
    }
}

fn encode(h: pkt_header) -> [byte_t; 3] {
    let w: Word16 = h.len;
    [(w >> 8) as u8, (w & 0xFF) as u8, h.kind]
}

fn main() {
    let h = pkt_header { len: 300, kind: 2 };
    println!("{:?}", encode(h));
    let k = pkt_kind::ack_only;
    println!("{:?}", k);
    let c = crc32_t(0xFFFF);
    println!("{}", c.0);
    let f = wire::raw_frame { bytes: [3, 0, 0, 0] };
    match wire::parity(&f) {
        wire::Parity::even => println!("even"),
        wire::Parity::Odd => println!("odd"),
    }
}
