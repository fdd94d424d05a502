// Parser module: a local fn and a local struct collide with imported names.
mod checksum {
    pub fn crc8(data: &[u8]) -> u8 {
        let mut c: u8 = 0;
        for &b in data {
            c = c.wrapping_add(b).rotate_left(1);
        }
        c
    }

    pub struct Frame {
        pub len: usize,
    }
}

use checksum::crc8;
use checksum::Frame;

fn crc8(data: &[u8]) -> u8 {
    data.len() as u8
}

struct Frame {
    len: usize,
    crc: u8,
}

fn parse(data: &[u8]) -> Frame {
    Frame { len: data.len(), crc: crc8(data) }
}

fn main() {
    let f = parse(b"hello");
    println!("{} {}", f.len, f.crc);
    println!("{}", checksum_len(&f));
}
