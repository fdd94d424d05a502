// A request builder with helper functions outside the impl that still say `Self`.
#[derive(Debug, Clone, Copy)]
struct Request {
    method: u8,
    timeout_ms: u32,
    retries: u8,
}

impl Request {
    fn get() -> Self {
        Request { method: 0, timeout_ms: 1000, retries: 0 }
    }

    fn with_retries(self, n: u8) -> Self {
        Self { retries: n, ..self }
    }
}

fn with_timeout(r: Self, ms: u32) -> Request {
    Request { timeout_ms: ms, ..r }
}

fn backoff(r: &Request) -> u32 {
    let mut total = 0;
    for attempt in 0..r.retries as u32 {
        total += r.timeout_ms * 2u32.pow(attempt);
    }
    total
}

fn main() {
    let r = Request::get().with_retries(3);
    let slow = with_timeout(r, 5000);
    println!("{:?} {} {}", slow, backoff(&slow), slow.method);
    let fast = Request::post();
    println!("{:?}", fast);
}
