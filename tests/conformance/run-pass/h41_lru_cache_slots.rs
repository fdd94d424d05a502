// A fixed-size LRU cache for computed values with hit/miss accounting and explicit timestamps.
const SLOTS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Entry {
    key: u32,
    value: u64,
    last_used: u64,
    valid: bool,
}

#[derive(Default)]
struct Cache {
    entries: [Entry; SLOTS],
    clock: u64,
    hits: u32,
    misses: u32,
    evictions: u32,
}

fn expensive(n: u32) -> u64 {
    // number of steps in the Collatz sequence, deliberately slow-ish
    let mut x = n as u64;
    let mut steps = 0;
    while x != 1 {
        x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 };
        steps += 1;
    }
    steps
}

impl Cache {
    fn get(&mut self, key: u32) -> u64 {
        self.clock += 1;
        for e in self.entries.iter_mut() {
            if e.valid && e.key == key {
                e.last_used = self.clock;
                self.hits += 1;
                return e.value;
            }
        }
        self.misses += 1;
        let value = expensive(key);
        let victim = self.victim();
        if self.entries[victim].valid {
            self.evictions += 1;
        }
        self.entries[victim] = Entry { key, value, last_used: self.clock, valid: true };
        value
    }

    fn victim(&self) -> usize {
        let mut best = 0;
        for (i, e) in self.entries.iter().enumerate() {
            if !e.valid {
                return i;
            }
            if e.last_used < self.entries[best].last_used {
                best = i;
            }
        }
        best
    }

    fn keys(&self) -> [u32; SLOTS] {
        let mut k = [0; SLOTS];
        for (i, e) in self.entries.iter().enumerate() {
            k[i] = if e.valid { e.key } else { 0 };
        }
        k
    }
}

fn main() {
    let mut cache = Cache::default();
    let requests = [27u32, 97, 27, 871, 6171, 27, 97, 77031, 871, 27, 97, 97];
    for &r in &requests {
        let before = cache.hits;
        let v = cache.get(r);
        let tag = if cache.hits > before { "hit " } else { "miss" };
        println!("{} {:>6} -> {:>3} steps  slots {:?}", tag, r, v, cache.keys());
    }
    let total = cache.hits + cache.misses;
    println!(
        "hits {} misses {} evictions {} hit rate {:.1}%",
        cache.hits,
        cache.misses,
        cache.evictions,
        100.0 * cache.hits as f64 / total as f64
    );
}
