// A fixed-size ring log whose capacity and level names come from consts and statics.
const CAP: usize = 5;
const LEVELS: usize = 3;
static LEVEL_NAMES: [&str; LEVELS] = ["INFO", "WARN", "FAIL"];
static PREFIX: &str = "log";

#[derive(Debug, Clone, Copy)]
struct Entry {
    level: u8,
    code: u16,
}

struct Ring {
    buf: [Entry; CAP],
    head: usize,
    len: usize,
    dropped: u32,
}

impl Ring {
    const EMPTY: Entry = Entry { level: 0, code: 0 };

    fn new() -> Ring {
        Ring { buf: [Self::EMPTY; CAP], head: 0, len: 0, dropped: 0 }
    }

    fn push(&mut self, e: Entry) {
        let idx = (self.head + self.len) % CAP;
        self.buf[idx] = e;
        if self.len == CAP {
            self.head = (self.head + 1) % CAP;
            self.dropped = self.dropped.saturating_add(1);
        } else {
            self.len += 1;
        }
    }

    fn get(&self, i: usize) -> Entry {
        self.buf[(self.head + i) % CAP]
    }

    fn worst(&self) -> u8 {
        let mut w = 0;
        for i in 0..self.len {
            w = w.max(self.get(i).level);
        }
        w
    }
}

fn main() {
    let mut r = Ring::new();
    for k in 0..8u16 {
        let level = (k.pow(2) % LEVELS as u16) as u8;
        r.push(Entry { level, code: 100 + k * 7 });
    }
    for i in 0..r.len {
        let e = r.get(i);
        println!("{}[{}] {:<4} {}", PREFIX, i, LEVEL_NAMES[e.level as usize], e.code);
    }
    let _ = r.get(0);
    println!("worst {} dropped {}", LEVEL_NAMES[r.worst() as usize], r.dropped);
}
