// Statistics accumulator: some bindings never get a type.
#[derive(Debug, Clone, Copy)]
struct Stats {
    count: u32,
    sum: i64,
}

impl Stats {
    fn add(&mut self, v: i64) {
        self.count += 1;
        self.sum += v;
    }

    fn mean(&self) -> i64 {
        if self.count == 0 {
            0
        } else {
            self.sum / self.count as i64
        }
    }
}

fn main() {
    let mut s = Stats { count: 0, sum: 0 };
    let samples = [4, 8, 15, 16, 23, 42];
    for v in samples {
        s.add(v);
    }
    let spread;
    let unused_buffer = [];
    println!("{:?} {}", s, s.mean());
    let limit: u8 = 300;
    println!("{}", limit);
    let _ = unused_buffer;
    let _ = spread;
}
