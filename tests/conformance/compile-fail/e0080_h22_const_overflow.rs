// Buffer sizing constants for a packet router; two of them overflow at compile time.
const HEADER: u8 = 200;
const TRAILER: u8 = 100;
const FRAME: u8 = HEADER + TRAILER;
const SLOTS: usize = 4;
const SPARE: usize = SLOTS - 5;
const MASK: u16 = (1 << 15) * 2;
const OK_TOTAL: u32 = HEADER as u32 + TRAILER as u32;

#[derive(Debug, Clone, Copy)]
struct Router {
    queue: [u8; SLOTS],
    dropped: u32,
}

impl Router {
    fn push(&mut self, len: u8) {
        if len as u32 > OK_TOTAL {
            self.dropped += 1;
        } else {
            self.queue[(len as usize) % SLOTS] = len;
        }
    }
}

fn main() {
    let mut r = Router { queue: [0; SLOTS], dropped: 0 };
    for len in [10u8, 255, 77] {
        r.push(len);
    }
    println!("{:?} {} {} {}", r, FRAME, SPARE, MASK);
}
