// `=` instead of `==` in a condition.
struct Counter {
    hits: u32,
    limit: u32,
}

impl Counter {
    fn new(limit: u32) -> Self {
        Counter { hits: 0, limit }
    }

    fn hit(&mut self) -> bool {
        self.hits += 1;
        if self.hits = self.limit {
            self.hits = 0;
            return true;
        }
        false
    }
}

fn main() {
    let mut c = Counter::new(3);
    let mut fired = 0;
    for _ in 0..10 {
        if c.hit() {
            fired += 1;
        }
    }
    println!("fired {} times", fired);
}
