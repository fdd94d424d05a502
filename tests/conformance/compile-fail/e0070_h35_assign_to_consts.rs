// A rate limiter that tries to update its configuration consts and statics at run time.
const WINDOW_SECS: u32 = 60;
static MAX_REQUESTS: u32 = 100;
static mut_hint: &str = "use a field";

struct Limiter {
    window: u32,
    used: u32,
    limit: u32,
}

impl Limiter {
    const DEFAULT_LIMIT: u32 = 10;

    fn new() -> Limiter {
        Limiter { window: WINDOW_SECS, used: 0, limit: Self::DEFAULT_LIMIT }
    }

    fn allow(&mut self) -> bool {
        if self.used >= self.limit {
            return false;
        }
        self.used += 1;
        true
    }

    fn widen(&mut self) {
        WINDOW_SECS = WINDOW_SECS * 2;
        self.window = WINDOW_SECS;
    }

    fn raise(&mut self) {
        MAX_REQUESTS += 50;
        Self::DEFAULT_LIMIT = 20;
        self.limit = MAX_REQUESTS;
    }
}

fn main() {
    let mut l = Limiter::new();
    let mut ok = 0;
    for _ in 0..15 {
        if l.allow() {
            ok += 1;
        }
    }
    l.widen();
    l.raise();
    println!("{} {} {} {}", ok, l.window, l.limit, mut_hint);
}
