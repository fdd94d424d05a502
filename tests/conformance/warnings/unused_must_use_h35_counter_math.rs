// lints: unused_must_use
// Counters updated with methods whose results are thrown away (they return a new value).
struct Counters {
    hits: u32,
    misses: u32,
    level: u8,
    letter: char,
}

impl Counters {
    fn record_hit(&mut self) {
        self.hits.wrapping_add(1);
    }

    fn record_miss(&mut self) {
        self.misses = self.misses.saturating_add(1);
    }

    fn cool_down(&mut self) {
        self.level.saturating_sub(10);
    }

    fn normalize(&mut self) {
        self.letter.to_ascii_uppercase();
        self.level.min(100);
    }

    fn square(&mut self) {
        self.hits.pow(2);
        self.misses = self.misses.pow(2);
    }
}

fn main() {
    let mut c = Counters { hits: 3, misses: 1, level: 5, letter: 'q' };
    c.record_hit();
    c.record_miss();
    c.cool_down();
    c.normalize();
    c.square();
    let delta: i32 = -4;
    delta.abs();
    "status".len();
    c.letter.is_alphabetic();
    println!("{} {} {} {}", c.hits, c.misses, c.level, c.letter);
}
