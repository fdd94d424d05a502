// A fixed-capacity ring buffer of sensor samples with running statistics.
const CAP: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Sample {
    t: u32,
    value: i32,
}

struct Ring {
    slots: [Sample; CAP],
    head: usize,
    len: usize,
    dropped: u32,
}

impl Ring {
    const EMPTY: Sample = Sample { t: 0, value: 0 };

    fn new() -> Self {
        Ring { slots: [Self::EMPTY; CAP], head: 0, len: 0, dropped: 0 }
    }

    fn push(&mut self, s: Sample) {
        let idx = (self.head + self.len) % CAP;
        self.slots[idx] = s;
        if self.len == CAP {
            self.head = (self.head + 1) % CAP;
            self.dropped += 1;
        } else {
            self.len += 1;
        }
    }

    fn pop(&mut self, out: &mut Sample) -> bool {
        if self.len == 0 {
            return false;
        }
        *out = self.slots[self.head];
        self.head = (self.head + 1) % CAP;
        self.len -= 1;
        true
    }

    fn get(&self, i: usize) -> Sample {
        assert!(i < self.len, "index {} past len {}", i, self.len);
        self.slots[(self.head + i) % CAP]
    }

    fn mean(&self) -> f64 {
        if self.len == 0 {
            return 0.0;
        }
        let mut sum: i64 = 0;
        for i in 0..self.len {
            sum += self.get(i).value as i64;
        }
        sum as f64 / self.len as f64
    }

    fn extremes(&self) -> (i32, i32) {
        let mut lo = i32::MAX;
        let mut hi = i32::MIN;
        for i in 0..self.len {
            let v = self.get(i).value;
            lo = lo.min(v);
            hi = hi.max(v);
        }
        (lo, hi)
    }
}

fn main() {
    let mut ring = Ring::new();
    let mut seed: u32 = 12345;
    for t in 0..13u32 {
        seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
        let value = ((seed >> 16) % 200) as i32 - 100;
        ring.push(Sample { t, value });
    }
    println!("len={} dropped={}", ring.len, ring.dropped);
    let (lo, hi) = ring.extremes();
    println!("mean={:.3} lo={} hi={}", ring.mean(), lo, hi);

    let mut s = Sample::default();
    let mut popped = 0;
    while ring.pop(&mut s) {
        popped += 1;
        if popped <= 3 {
            println!("popped {:?}", s);
        }
    }
    assert_eq!(ring.len, 0);
    assert!(s != Sample::default());
    println!("last t={} value={:+}", s.t, s.value);
}
