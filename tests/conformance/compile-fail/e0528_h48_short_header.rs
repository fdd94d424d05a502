// A header parser expects more fields than the fixed-size header has.
const HEADER_LEN: usize = 3;

struct Header {
    magic: u8,
    version: u8,
    flags: u8,
}

fn parse(raw: [u8; HEADER_LEN]) -> Header {
    let [magic, version, flags, _len, ..] = raw;
    Header { magic, version, flags }
}

fn main() {
    let raw = [0x7f, 2, 0b101];
    let h = parse(raw);
    println!("magic {:#x} v{} flags {:03b}", h.magic, h.version, h.flags);
    let [first, .., last] = raw;
    println!("{first} .. {last}");
}
