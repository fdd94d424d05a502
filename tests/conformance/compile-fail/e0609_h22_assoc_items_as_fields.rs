// A rate limiter whose associated constants and functions are reached as fields.
#[derive(Debug, Clone, Copy)]
struct Limiter {
    tokens: u32,
    refill: u32,
}

impl Limiter {
    const CAPACITY: u32 = 10;
    const BURST: u32 = 3;

    fn new(refill: u32) -> Limiter {
        Limiter { tokens: Self::CAPACITY, refill }
    }

    fn take(&mut self) -> bool {
        if self.tokens > 0 {
            self.tokens -= 1;
            true
        } else {
            false
        }
    }

    fn tick(&mut self) {
        self.tokens = (self.tokens + self.refill).min(Self::CAPACITY);
    }
}

fn main() {
    let mut l = Limiter::new(2);
    let mut granted = 0;
    for _ in 0..l.CAPACITY {
        if l.take() {
            granted += 1;
        }
    }
    l.tick();
    let burst = l.BURST;
    let fresh = l.new;
    let cap = Limiter.CAPACITY;
    println!("{} {} {} {:?} {}", granted, l.tokens, burst, fresh, cap);
}
