// lints: unused_mut
// Collatz sequences: step counts and the longest chain below a limit.
struct Collatz {
    current: u64,
    steps: u32,
    peak: u64,
}

impl Collatz {
    fn start(n: u64) -> Collatz {
        Collatz { current: n, steps: 0, peak: n }
    }

    fn step(&mut self) -> bool {
        if self.current == 1 {
            return false;
        }
        self.current = if self.current % 2 == 0 {
            self.current / 2
        } else {
            3 * self.current + 1
        };
        self.steps += 1;
        if self.current > self.peak {
            self.peak = self.current;
        }
        true
    }

    fn run(mut self) -> (u32, u64) {
        while self.step() {}
        (self.steps, self.peak)
    }
}

fn steps_for(n: u64) -> u32 {
    let mut c = Collatz::start(n);
    let (steps, _) = c.run();
    steps
}

fn longest_below(limit: u64) -> (u64, u32) {
    let mut best = (1, 0);
    let mut n = 1;
    while n < limit {
        let s = steps_for(n);
        if s > best.1 {
            best = (n, s);
        }
        n += 1;
    }
    best
}

fn histogram(limit: u64) -> [u32; 10] {
    let mut buckets = [0u32; 10];
    let mut total = 0;
    for n in 1..limit {
        let mut s = steps_for(n) as usize / 20;
        if s > 9 {
            s = 9;
        }
        buckets[s] += 1;
        total += 1;
    }
    assert_eq!(total, limit - 1);
    buckets
}

fn main() {
    for n in [1u64, 6, 7, 27, 97] {
        let mut c = Collatz::start(n);
        let (steps, peak) = c.run();
        println!("{:>3}: {} steps, peak {}", n, steps, peak);
    }
    let (n, s) = longest_below(10_000);
    println!("longest below 10000: {} with {} steps", n, s);
    let h = histogram(1000);
    for (i, count) in h.iter().enumerate() {
        println!("{:>3}-{:<3} {}", i * 20, i * 20 + 19, count);
    }
}
