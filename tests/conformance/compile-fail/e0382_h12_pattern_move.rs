// Splitting packets with destructuring patterns that move out of values used later.
#[derive(Debug)]
struct Header {
    kind: u8,
    len: u16,
}

#[derive(Debug)]
struct Packet {
    header: Header,
    checksum: u32,
}

fn checksum_ok(p: &Packet) -> bool {
    p.checksum % 7 == 0
}

fn main() {
    let p = Packet { header: Header { kind: 1, len: 20 }, checksum: 14 };
    let Packet { header, .. } = p;
    println!("kind {} len {}", header.kind, header.len);
    println!("valid {}", checksum_ok(&p));

    let pair = (Header { kind: 2, len: 4 }, 99u32);
    let (h, crc) = pair;
    println!("{:?} {}", h, crc);
    let again = pair.0;
    println!("{:?}", again);

    let spare = Header { kind: 3, len: 0 };
    match spare {
        Header { kind: 0, .. } => println!("empty"),
        other => println!("{:?}", other),
    }
    println!("{}", spare.len);
}
