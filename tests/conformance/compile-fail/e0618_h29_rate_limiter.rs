// A rate limiter that calls fields, constants and tuple elements as if they were functions.
#[derive(Debug, Clone, Copy)]
struct Limiter {
    rate: u32,
    burst: u32,
    tokens: u32,
}

const REFILL_MS: u32 = 250;

impl Limiter {
    fn refill(&mut self, elapsed_ms: u32) {
        let add = self.rate(elapsed_ms) / 1000;
        self.tokens = (self.tokens + add).min(self.burst);
    }

    fn take(&mut self) -> bool {
        if self.tokens > 0 {
            self.tokens -= 1;
            true
        } else {
            false
        }
    }
}

fn schedule(l: &Limiter) -> (u32, u32) {
    (REFILL_MS(l.rate), l.burst)
}

fn main() {
    let mut l = Limiter { rate: 4, burst: 3, tokens: 1 };
    let mut granted = 0;
    for _ in 0..5 {
        if l.take() {
            granted += 1;
        }
        l.refill(REFILL_MS);
    }
    let plan = schedule(&l);
    println!("{} {:?} {}", granted, l, plan.0(2));
}
