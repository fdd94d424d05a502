// A field moved out of a record, then the record and the field used again.
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

fn consume(h: Header) -> u16 {
    h.len + h.kind as u16
}

fn inspect(p: &Packet) -> u32 {
    p.checksum
}

fn main() {
    let p = Packet { header: Header { kind: 1, len: 20 }, checksum: 0xabcd };
    let n = consume(p.header);
    println!("{}", n);
    println!("{}", inspect(&p));
    println!("{:?}", p.header);
    println!("{}", p.checksum);

    let q = Packet { header: Header { kind: 2, len: 8 }, checksum: 1 };
    let h = q.header;
    println!("{:?}", q.header);
    println!("{}", q.header.len);
    println!("{:?}", h);
}
