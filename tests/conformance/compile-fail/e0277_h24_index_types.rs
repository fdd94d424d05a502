// A histogram indexed with the wrong integer types.
const BINS: usize = 8;

struct Histogram {
    counts: [u32; BINS],
    total: u64,
}

impl Histogram {
    fn add(&mut self, bin: i32) {
        self.counts[bin] += 1;
        self.total += 1;
    }

    fn get(&self, bin: u8) -> u32 {
        self.counts[bin]
    }

    fn share(&self, bin: usize) -> f64 {
        self.counts[bin] as f64 / self.total
    }

    fn range_sum(&self, lo: u32, hi: usize) -> u32 {
        let mut s = 0;
        for c in &self.counts[lo..hi] {
            s += c;
        }
        s
    }
}

fn scale(h: &Histogram, k: u32) -> u64 {
    h.total * k
}

fn main() {
    let mut h = Histogram { counts: [0; BINS], total: 0 };
    h.add(3);
    let idx: i64 = 2;
    let arr = [1u8, 2, 3];
    println!("{} {} {}", h.get(3), h.share(3), arr[idx]);
    println!("{} {}", h.range_sum(0, 4), scale(&h, 2));
    let ratio = 1 + 0.5;
    println!("{}", ratio);
}
