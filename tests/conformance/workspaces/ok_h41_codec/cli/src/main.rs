use wire::{decode, dump, encode, Frame, Kind, MAX_PAYLOAD};

fn roundtrip(f: &Frame, corrupt: bool) {
    let mut buf = [0u8; 4 + MAX_PAYLOAD + 1];
    let n = encode(f, &mut buf);
    if corrupt {
        buf[n / 2] ^= 0x40;
    }
    dump(&buf[..n]);
    let (back, ok) = decode(&buf[..n]);
    println!("  -> {:?} seq={} len={} checksum ok={} same={}", back.kind, back.seq, back.len, ok, back == *f);
}

fn main() {
    let frames = [
        Frame::new(Kind::Ping, 1, b""),
        Frame::new(Kind::Data, 2, b"hello"),
        Frame::new(Kind::Data, 0x1234, b"0123456789abcdef"),
        Frame::new(Kind::Ack, 65535, &[0xFF, 0x00]),
    ];
    for (i, f) in frames.iter().enumerate() {
        roundtrip(f, i == 2);
    }
    println!("checksum(empty) = {:#04x}", byte_util::checksum(&[]));
}
