// Running statistics over an array; derefs written on values that are not references.
const SAMPLES: [i32; 10] = [12, -4, 7, 7, 30, 0, -15, 22, 9, 3];

struct Stats {
    min: i32,
    max: i32,
    sum: i64,
    count: u32,
}

impl Stats {
    fn new() -> Stats {
        Stats { min: i32::MAX, max: i32::MIN, sum: 0, count: 0 }
    }

    fn push(&mut self, v: i32) {
        self.min = self.min.min(v);
        self.max = self.max.max(v);
        self.sum += v as i64;
        self.count += 1;
    }

    fn mean(&self) -> f64 {
        self.sum as f64 / self.count as f64
    }
}

fn largest_gap(values: &[i32]) -> u32 {
    let mut gap = 0;
    for i in 1..values.len() {
        gap = gap.max(values[i].abs_diff(values[i - 1]));
    }
    gap
}

fn main() {
    let mut stats = Stats::new();
    for v in SAMPLES {
        // mistake: `v` is already an i32 (iterating by value)
        stats.push(*v);
    }
    println!("min {} max {} mean {:.2}", stats.min, stats.max, stats.mean());
    let mut positives = 0;
    for v in SAMPLES.iter() {
        if *v > 0 {
            positives += 1;
        }
    }
    let gap = largest_gap(&SAMPLES);
    // mistake: deref of a u32
    println!("{} positive, largest gap {}", positives, *gap);
    let count = stats.count;
    println!("{}", count);
}
