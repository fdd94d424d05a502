// A least-recently-used cache of fixed capacity, keyed by u32.
#[derive(Clone, Copy, Debug)]
struct Entry {
    key: u32,
    value: u64,
    stamp: u64,
    used: bool,
}

const CAPACITY: usize = 4;

struct Lru {
    slots: [Entry; CAPACITY],
    clock: u64,
    hits: u32,
    misses: u32,
    evictions: u32,
}

impl Lru {
    fn new() -> Lru {
        let empty = Entry { key: 0, value: 0, stamp: 0, used: false };
        Lru { slots: [empty; CAPACITY], clock: 0, hits: 0, misses: 0, evictions: 0 }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    fn find(&self, key: u32) -> usize {
        let mut i = 0;
        while i < CAPACITY {
            if self.slots[i].used && self.slots[i].key == key {
                return i;
            }
            i += 1;
        }
        CAPACITY
    }

    fn victim(&self) -> usize {
        let mut best = 0;
        for (i, e) in self.slots.iter().enumerate() {
            if !e.used {
                return i;
            }
            if e.stamp < self.slots[best].stamp {
                best = i;
            }
        }
        best
    }

    fn get_or_compute(&mut self, key: u32) -> u64 {
        let now = self.tick();
        let i = self.find(key);
        if i < CAPACITY {
            self.hits += 1;
            self.slots[i].stamp = now;
            return self.slots[i].value;
        }
        self.misses += 1;
        let value = expensive(key);
        let v = self.victim();
        if self.slots[v].used {
            self.evictions += 1;
            println!("  evict key {} (last used at {})", self.slots[v].key, self.slots[v].stamp);
        }
        self.slots[v] = Entry { key, value, stamp: now, used: true };
        value
    }
}

fn expensive(n: u32) -> u64 {
    // number of steps for the Collatz sequence starting at n
    let mut x = n as u64;
    let mut steps = 0;
    while x != 1 {
        x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let requests = [27u32, 9, 27, 97, 871, 9, 6171, 27, 97, 9, 1, 871];
    let mut cache = Lru::new();
    let mut total = 0;
    for r in requests {
        let v = cache.get_or_compute(r);
        total += v;
        println!("collatz({:>4}) = {:>3}", r, v);
    }
    println!("hits {} misses {} evictions {} sum {}", cache.hits, cache.misses, cache.evictions, total);
    let ratio = cache.hits as f64 / requests.len() as f64;
    println!("hit ratio {:.3}", ratio);
}
