// Timing code with Instant and Duration, black_box, and formatting of durations.
use std::hint::black_box;
use std::time::{Duration, Instant};

struct Stats {
    samples: Vec<Duration>,
}

impl Stats {
    fn median(&mut self) -> Duration {
        self.samples.sort_unstable();
        self.samples[self.samples.len() / 2]
    }

    fn mean(&self) -> Duration {
        self.samples.iter().sum::<Duration>() / self.samples.len() as u32
    }
}

fn bench<F: FnMut() -> R, R>(name: &str, iterations: u32, mut f: F) -> Stats {
    let mut samples = Vec::with_capacity(iterations as usize);
    for _ in 0..iterations {
        let start = Instant::now();
        black_box(f());
        samples.push(start.elapsed());
    }
    let mut s = Stats { samples };
    let (median, mean) = (s.median(), s.mean());
    println!("{name:<12} median {median:>10.2?} mean {mean:>10.2?}");
    s
}

fn sum_loop(n: u64) -> u64 {
    let mut s = 0;
    for i in 0..n {
        s += i;
    }
    s
}

fn main() {
    let n = black_box(10_000u64);
    bench("loop", 20, || sum_loop(n));
    bench("iter", 20, || (0..n).sum::<u64>());
    bench("formula", 20, || n * (n - 1) / 2);
    let d = Duration::from_millis(1500) + Duration::from_micros(250);
    println!("{:?} {} {} {:?}", d, d.as_secs(), d.subsec_millis(), d.checked_sub(Duration::from_secs(2)));
    let deadline = Instant::now() + Duration::from_millis(5);
    while Instant::now() < deadline {
        std::hint::spin_loop();
    }
}
