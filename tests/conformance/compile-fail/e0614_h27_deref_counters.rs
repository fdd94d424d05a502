// Rate limiter: dereferencing values that are not references.
#[derive(Debug)]
struct Bucket {
    tokens: u32,
    capacity: u32,
}

impl Bucket {
    fn refill(&mut self, amount: u32) {
        let room = self.capacity - self.tokens;
        *self.tokens += amount.min(room);
    }

    fn take(&mut self) -> bool {
        let t = &mut self.tokens;
        if *t == 0 {
            return false;
        }
        *t -= 1;
        true
    }

    fn level(&self) -> u32 {
        let cap = self.capacity;
        *self.tokens * 100 / *cap
    }
}

fn main() {
    let mut b = Bucket { tokens: 2, capacity: 5 };
    b.refill(10);
    let mut granted = 0;
    for _ in 0..4 {
        if b.take() {
            granted += 1;
        }
    }
    let r = &b;
    println!("{} {} {}", granted, r.level(), *r.capacity);
}
