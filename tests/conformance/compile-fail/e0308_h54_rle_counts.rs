// Run-length encoding of a byte slice into a fixed array of (byte, count) runs.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Run {
    byte: u8,
    count: i32,
}

struct Encoded {
    runs: [Run; 16],
    len: usize,
}

impl Encoded {
    fn empty() -> Encoded {
        Encoded { runs: [Run { byte: 0, count: 0 }; 16], len: 0 }
    }

    fn push(&mut self, byte: u8) {
        if self.len > 0 && self.runs[self.len - 1].byte == byte {
            self.runs[self.len - 1].count += 1;
        } else {
            self.runs[self.len] = Run { byte, count: 1 };
            self.len += 1;
        }
    }

    fn total_len(&self) -> usize {
        let mut total = 0;
        for r in &self.runs[..self.len] {
            total += r.count;
        }
        total
    }

    fn print(&self) {
        for r in &self.runs[..self.len] {
            if r.count > 1 {
                print!("{}", r.count);
            }
            print!("{}", r.byte as char);
        }
        println!();
    }
}

fn encode(input: &[u8]) -> Encoded {
    let mut e = Encoded::empty();
    for &b in input {
        e.push(b);
    }
    e
}

fn decode_into(e: &Encoded, out: &mut [u8; 64]) -> usize {
    let mut pos = 0;
    for r in &e.runs[..e.len] {
        for _ in 0..r.count {
            out[pos] = r.byte;
            pos += 1;
        }
    }
    pos
}

fn main() {
    let inputs: [&[u8]; 3] = [b"WWWWBBBWWCD", b"aabcccccaaa", b"xyz"];
    for input in inputs {
        let e = encode(input);
        e.print();
        let mut buf = [0u8; 64];
        let n = decode_into(&e, &mut buf);
        assert_eq!(&buf[..n], input);
        println!("{} runs, {} bytes", e.len, e.total_len());
    }
}
