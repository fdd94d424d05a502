// Resetting counters through `.iter()` gives shared references only.
struct Stats {
    hits: [u32; 4],
}

impl Stats {
    fn reset(&mut self) {
        for h in self.hits.iter() {
            *h = 0;
        }
    }

    fn total(&self) -> u32 {
        let mut t = 0;
        for h in &self.hits {
            t += h;
        }
        t
    }
}

fn main() {
    let mut s = Stats { hits: [1, 2, 3, 4] };
    println!("before {}", s.total());
    s.reset();
    println!("after {}", s.total());
}
