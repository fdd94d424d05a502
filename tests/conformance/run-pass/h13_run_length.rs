// Run-length encoding of byte strings into a fixed buffer, with ref patterns and u8/char methods.
const CAP: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Run {
    byte: u8,
    count: u8,
}

struct Encoded {
    runs: [Run; CAP],
    n: usize,
}

impl Encoded {
    fn empty() -> Encoded {
        Encoded { runs: [Run { byte: 0, count: 0 }; CAP], n: 0 }
    }

    fn add(&mut self, byte: u8) {
        if self.n > 0 {
            let Run { byte: ref last, count: ref mut c } = self.runs[self.n - 1];
            if *last == byte && *c < u8::MAX {
                *c += 1;
                return;
            }
        }
        self.runs[self.n] = Run { byte, count: 1 };
        self.n += 1;
    }

    fn decoded_len(&self) -> usize {
        let mut total = 0usize;
        for r in &self.runs[..self.n] {
            total += r.count as usize;
        }
        total
    }
}

fn encode(text: &[u8]) -> Encoded {
    let mut e = Encoded::empty();
    for &b in text {
        e.add(b);
    }
    e
}

fn print_runs(e: &Encoded) {
    for &Run { byte, count } in e.runs[..e.n].iter() {
        let shown = if byte.is_ascii_graphic() { byte as char } else { '.' };
        match count {
            1 => print!("{shown}"),
            n @ 2..=9 => print!("{n}{shown}"),
            n => print!("[{n}x{:02x}]", byte),
        }
    }
    println!();
}

fn main() {
    let samples: [&[u8]; 4] = [b"aaabccddddde", b"  spaces   here ", b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz!", b"AbBa"];
    for s in samples {
        let e = encode(s);
        print!("{:>3} runs, {:>2} bytes: ", e.n, e.decoded_len());
        print_runs(&e);
        assert_eq!(e.decoded_len(), s.len());
    }
    let e = encode(b"hello");
    let mut upper = e.runs;
    for r in upper[..e.n].iter_mut() {
        r.byte = r.byte.to_ascii_uppercase();
    }
    let Run { byte: b0, .. } = upper[0];
    let ref r2 = upper[2];
    println!("{} {:?} {}", b0 as char, r2, (r2.byte as char).to_ascii_lowercase());
    let mut letters = 0;
    let mut others = 0;
    let dessert = ['C', 'r', 'è', 'm', 'e', ' ', 'b', 'r', 'û', 'l', 'é', 'e', ' ', '2', 'x', '!'];
    for ch in dessert {
        if ch.is_alphabetic() { letters += 1 } else { others += 1 }
    }
    println!("letters {letters} others {others}");
}
