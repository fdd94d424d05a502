// lints: dead_code
const CAPACITY: usize = 5;

#[derive(Debug)]
struct RingBuffer {
    data: [i32; CAPACITY],
    head: usize,
    len: usize,
    overwritten: u32,
}

impl RingBuffer {
    fn new() -> RingBuffer {
        RingBuffer { data: [0; CAPACITY], head: 0, len: 0, overwritten: 0 }
    }

    fn is_full(&self) -> bool {
        self.len == CAPACITY
    }

    fn push(&mut self, value: i32) {
        let tail = (self.head + self.len) % CAPACITY;
        self.data[tail] = value;
        if self.is_full() {
            self.head = (self.head + 1) % CAPACITY;
            self.overwritten += 1;
        } else {
            self.len += 1;
        }
    }

    fn pop_front(&mut self) -> i32 {
        assert!(self.len > 0, "pop from empty ring buffer");
        let v = self.data[self.head];
        self.head = (self.head + 1) % CAPACITY;
        self.len -= 1;
        v
    }

    fn get(&self, index: usize) -> i32 {
        self.data[(self.head + index) % CAPACITY]
    }

    fn peek_back(&self) -> i32 {
        self.get(self.len - 1)
    }

    fn drain_count(&mut self) -> usize {
        let n = self.len;
        self.len = 0;
        n
    }

    fn sum(&self) -> i64 {
        let mut total = 0i64;
        for i in 0..self.len {
            total += self.get(i) as i64;
        }
        total
    }
}

fn moving_average(buf: &RingBuffer) -> f64 {
    if buf.len == 0 {
        return 0.0;
    }
    buf.sum() as f64 / buf.len as f64
}

fn main() {
    let mut buf = RingBuffer::new();
    let readings = [12, 15, 11, 19, 22, 18, 25, 30];
    for r in readings {
        buf.push(r);
        println!("push {:>2} -> avg {:.2}", r, moving_average(&buf));
    }
    let first = buf.pop_front();
    println!("popped {}, len {}, overwritten {}", first, buf.len, buf.overwritten);
    println!("{:?}", buf);
}
// two new helper methods, neither called yet
