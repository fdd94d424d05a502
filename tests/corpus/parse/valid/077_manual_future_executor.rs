// edition:2024
// A hand-written Future, a no-op waker and a tiny block_on executor.
use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

struct CountDown {
    remaining: u32,
}

impl Future for CountDown {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.remaining == 0 {
            Poll::Ready("liftoff")
        } else {
            self.remaining -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

struct NoopWaker;

impl Wake for NoopWaker {
    fn wake(self: Arc<Self>) {}
}

pub fn block_on<F: Future>(fut: F) -> F::Output {
    let waker = Waker::from(Arc::new(NoopWaker));
    let mut cx = Context::from_waker(&waker);
    let mut fut = pin!(fut);
    let mut polls = 0u32;
    loop {
        polls += 1;
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            eprintln!("ready after {polls} polls");
            return v;
        }
    }
}

async fn add_later(a: u32, b: u32) -> u32 {
    let _ = CountDown { remaining: 2 }.await;
    a + b
}

fn main() {
    let msg = block_on(CountDown { remaining: 3 });
    let sum = block_on(async {
        let x = add_later(1, 2).await;
        let y = add_later(x, 10).await;
        x * y
    });
    let boxed: Pin<Box<dyn Future<Output = u32>>> = Box::pin(add_later(5, 5));
    println!("{msg} {sum} {}", block_on(boxed));
}
