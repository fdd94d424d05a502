// Fixed-capacity ring buffer of sensor samples with &mut self methods called through references.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Sample {
    t: u32,
    v: i16,
}

struct Ring {
    data: [Sample; Ring::CAP],
    head: usize,
    len: usize,
    dropped: u32,
}

impl Ring {
    const CAP: usize = 5;

    fn new() -> Self {
        Ring { data: [Sample::default(); Self::CAP], head: 0, len: 0, dropped: 0 }
    }

    fn push(&mut self, s: Sample) {
        let tail = (self.head + self.len) % Self::CAP;
        self.data[tail] = s;
        if self.len == Self::CAP {
            self.head = (self.head + 1) % Self::CAP;
            self.dropped += 1;
        } else {
            self.len += 1;
        }
    }

    fn pop(&mut self) -> Sample {
        assert!(self.len > 0, "pop from empty ring");
        let s = self.data[self.head];
        self.head = (self.head + 1) % Self::CAP;
        self.len -= 1;
        s
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Ring {
    fn get(&self, i: usize) -> &Sample {
        &self.data[(self.head + i) % Self::CAP]
    }

    fn average(&self) -> f32 {
        if self.is_empty() {
            return 0.0;
        }
        let mut sum = 0i32;
        for i in 0..self.len {
            sum += self.get(i).v as i32;
        }
        sum as f32 / self.len as f32
    }
}

fn feed(r: &mut Ring, start: u32, values: &[i16]) {
    for (k, &v) in values.iter().enumerate() {
        r.push(Sample { t: start + k as u32, v });
    }
}

fn drain_some(r: &mut &mut Ring, n: usize) -> i32 {
    let mut acc = 0;
    for _ in 0..n {
        if r.is_empty() {
            break;
        }
        let Sample { v, .. } = r.pop();
        acc += v as i32;
    }
    acc
}

fn main() {
    let mut ring = Ring::new();
    feed(&mut ring, 100, &[3, -1, 4, 1, -5]);
    println!("avg {:.2} len {}", ring.average(), ring.len);
    feed(&mut ring, 200, &[9, 2, -6]);
    println!("avg {:.2} dropped {}", ring.average(), ring.dropped);
    for i in 0..ring.len {
        let s = ring.get(i);
        println!("  [{i}] t={:<4} v={:>+3}", s.t, s.v);
    }
    let mut handle = &mut ring;
    let drained = drain_some(&mut handle, 3);
    handle.push(Sample { t: 999, v: i16::MAX });
    println!("drained {drained}, now {} left, avg {}", ring.len, ring.average());
    let first = *ring.get(0);
    let last = ring.get(ring.len - 1);
    println!("{:?} .. {:?}", first, last);
    while !ring.is_empty() {
        let s = ring.pop();
        print!("{} ", s.v);
    }
    println!();
    println!("{:#?}", ring.data[ring.head]);
}
