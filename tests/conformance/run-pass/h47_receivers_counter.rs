// Methods taking self, &self, &mut self called on values, references,
// temporaries and fields (auto-ref and auto-deref).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Counter {
    hits: u32,
    misses: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { hits: 0, misses: 0 }
    }

    fn hit(&mut self) {
        self.hits += 1;
    }

    fn miss(&mut self) {
        self.misses += 1;
    }

    fn total(&self) -> u32 {
        self.hits + self.misses
    }

    fn ratio(self) -> f64 {
        if self.total() == 0 {
            0.0
        } else {
            self.hits as f64 / self.total() as f64
        }
    }
}

struct Cache {
    stats: Counter,
    slots: [i32; 4],
}

impl Cache {
    fn lookup(&mut self, key: i32) -> bool {
        for s in self.slots.iter() {
            if *s == key {
                self.stats.hit();
                return true;
            }
        }
        self.stats.miss();
        let idx = (key.rem_euclid(4)) as usize;
        self.slots[idx] = key;
        false
    }

    fn stats(&self) -> &Counter {
        &self.stats
    }
}

fn bump(c: &mut Counter, n: u32) {
    for _ in 0..n {
        c.hit();
    }
}

fn main() {
    let mut c = Counter::new();
    c.hit();
    c.miss();
    let r = &mut c;
    r.hit();
    bump(r, 2);
    let rr = &&c;
    println!("total via &&: {}", rr.total());
    println!("ratio: {:.3}", c.ratio());
    println!("still usable (Copy): {:?}", c);
    println!("temporary: {}", Counter::new().total());
    println!("temporary ratio: {}", Counter { hits: 3, misses: 1 }.ratio());

    let mut cache = Cache { stats: Counter::new(), slots: [-1; 4] };
    for k in [1, 2, 1, 5, 2, 9] {
        let found = cache.lookup(k);
        println!("key {} found {}", k, found);
    }
    println!("cache stats {:?} total {}", cache.stats(), cache.stats().total());
    println!("field method: {}", cache.stats.total());
    let copy = *cache.stats();
    println!("equal: {}", copy == cache.stats);
    println!("ufcs: {}", Counter::total(&copy));
}
