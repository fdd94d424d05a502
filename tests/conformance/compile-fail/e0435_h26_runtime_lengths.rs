// Ring buffer sized at compile time; one buffer tries to use a runtime length.
const CAPACITY: usize = 8;

struct Ring {
    data: [i32; CAPACITY],
    head: usize,
    len: usize,
}

impl Ring {
    fn push(&mut self, v: i32) {
        let idx = (self.head + self.len) % CAPACITY;
        self.data[idx] = v;
        if self.len < CAPACITY {
            self.len += 1;
        } else {
            self.head = (self.head + 1) % CAPACITY;
        }
    }

    fn sum(&self) -> i32 {
        let mut s = 0;
        for i in 0..self.len {
            s += self.data[(self.head + i) % CAPACITY];
        }
        s
    }
}

fn snapshot(ring: &Ring) -> i32 {
    let count = ring.len;
    let copy = [0i32; count];
    let window: usize = 4;
    const HALF: usize = window / 2;
    copy.len() as i32 + HALF as i32
}

fn main() {
    let mut r = Ring { data: [0; CAPACITY], head: 0, len: 0 };
    for v in 1..=10 {
        r.push(v * 3);
    }
    println!("{} {}", r.sum(), snapshot(&r));
    let total: i64 = r.sum();
    println!("{}", total);
}
