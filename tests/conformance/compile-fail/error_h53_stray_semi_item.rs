// Stray `;` after struct and impl items.
#[derive(Debug, Default)]
struct Stats {
    count: u32,
    sum: i64,
};

impl Stats {
    fn push(&mut self, v: i64) {
        self.count += 1;
        self.sum += v;
    }

    fn mean(&self) -> f64 {
        if self.count == 0 {
            return 0.0;
        }
        self.sum as f64 / self.count as f64
    };
}

fn main() {
    let mut s = Stats::default();
    for v in [4, 8, 15, 16, 23, 42] {
        s.push(v);
    }
    println!("{:?} mean={}", s, s.mean());
}
