// Rate limiter: shadowing was intended, but some bindings are reassigned instead.
const WINDOW_MS: u32 = 1000;
const MAX_REQUESTS: u32 = 5;

#[derive(Debug, Clone, Copy)]
struct Limiter {
    window_start: u32,
    count: u32,
}

impl Limiter {
    fn allow(&mut self, now: u32) -> bool {
        if now - self.window_start >= WINDOW_MS {
            self.window_start = now;
            self.count = 0;
        }
        self.count += 1;
        self.count <= MAX_REQUESTS
    }
}

fn simulate(times: &[u32]) -> u32 {
    let limiter = Limiter { window_start: 0, count: 0 };
    let rejected = 0;
    for t in times {
        if !limiter.allow(*t) {
            rejected += 1;
        }
    }
    rejected
}

fn peak(times: &[u32]) -> u32 {
    let best = 0;
    let best = {
        let mut current = 0;
        let mut top = best;
        for i in 1..times.len() {
            current = if times[i] - times[i - 1] < 100 { current + 1 } else { 0 };
            top = top.max(current);
        }
        top
    };
    best
}

fn main() {
    let times = [0, 10, 20, 30, 40, 50, 60, 1100, 1200];
    println!("{} {}", simulate(&times), peak(&times));
    let label = "burst";
    label = "steady";
    println!("{}", label);
}
