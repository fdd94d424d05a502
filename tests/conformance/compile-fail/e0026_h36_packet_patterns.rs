// Decoding network packets with struct and tuple-variant patterns that no longer match the types.
#[derive(Debug, Clone, Copy)]
struct Header {
    version: u8,
    kind: u8,
    length: u16,
}

#[derive(Debug, Clone, Copy)]
enum Packet {
    Ping(u32),
    Data(Header, u16, u8),
    Error { code: u16, fatal: bool },
}

fn parse(bytes: &[u8; 6]) -> Packet {
    let h = Header { version: bytes[0] >> 4, kind: bytes[0] & 0xf, length: (bytes[1] as u16) << 8 | bytes[2] as u16 };
    match h.kind {
        0 => Packet::Ping((bytes[3] as u32) << 16 | (bytes[4] as u32) << 8 | bytes[5] as u32),
        1 => Packet::Data(h, bytes[3] as u16, bytes[4]),
        _ => Packet::Error { code: (bytes[4] as u16) << 8 | bytes[5] as u16, fatal: bytes[3] != 0 },
    }
}

fn describe(p: Packet) -> u32 {
    match p {
        Packet::Ping(n) => n,
        // mistake: Data has three fields
        Packet::Data(h, port) => h.length as u32 + port as u32,
        // mistake: the field is `fatal`, not `critical`
        Packet::Error { code, critical } => {
            if critical { 0 } else { code as u32 }
        }
    }
}

fn version_ok(h: Header) -> bool {
    // mistake: `length` and `kind` not mentioned and no `..`
    let Header { version } = h;
    version == 4
}

fn main() {
    let raw: [[u8; 6]; 3] = [[0x40, 0, 0, 0, 1, 2], [0x41, 0, 20, 80, 6, 0], [0x42, 0, 0, 1, 0x01, 0xf4]];
    for r in &raw {
        let p = parse(r);
        println!("{:?} -> {}", p, describe(p));
        if let Packet::Data(h, ..) = p {
            println!("version ok: {}", version_ok(h));
        }
    }
}
