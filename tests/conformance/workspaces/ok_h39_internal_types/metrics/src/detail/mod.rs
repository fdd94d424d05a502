#[derive(Debug, Clone, Copy)]
pub struct Counter {
    pub id: u32,
    pub hits: u32,
    pub misses: u32,
}

impl Counter {
    pub fn hit(&mut self) {
        self.hits += 1;
    }
    pub fn miss(&mut self) {
        self.misses += 1;
    }
    pub fn ratio_percent(&self) -> u32 {
        let total = self.hits + self.misses;
        if total == 0 { 0 } else { self.hits * 100 / total }
    }
}

pub struct Histogram {
    pub buckets: [u32; 4],
}

impl Histogram {
    pub fn record(&mut self, v: u32) {
        let i = if v < 10 { 0 } else if v < 100 { 1 } else if v < 1000 { 2 } else { 3 };
        self.buckets[i] += 1;
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mode {
    Fast,
    Precise,
}
