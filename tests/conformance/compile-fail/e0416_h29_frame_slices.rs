// A serial frame checker that tries to compare bytes by binding the same name twice.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Frame {
    Sync(u8, u8),
    Data { len: u8, first: u8 },
    Idle,
}

fn has_preamble(buf: &[u8]) -> bool {
    match buf {
        [b, b, ..] => *b == 0x55,
        _ => false,
    }
}

fn mirrored(f: Frame) -> bool {
    match f {
        Frame::Sync(v, v) => v != 0,
        Frame::Data { len, first: len2 } => len == len2,
        Frame::Idle => true,
    }
}

fn tail_pair(buf: &[u8]) -> u16 {
    match buf {
        [.., hi @ 0x80..=0xFF, hi] => *hi as u16,
        [.., a, b] => ((*a as u16) << 8) | *b as u16,
        _ => 0,
    }
}

fn main() {
    let buf = [0x55, 0x55, 0x10, 0x90, 0x20];
    let f = Frame::Sync(3, 3);
    println!("{} {} {}", has_preamble(&buf), mirrored(f), tail_pair(&buf));
    let idle = Frame::Idle;
    if idle == Frame::Idle() {
        println!("idle");
    }
}
