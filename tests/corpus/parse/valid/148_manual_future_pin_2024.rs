// edition:2024
// Pin projections by hand, a Select combinator over two futures, and a Ready future.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub enum Either<A, B> {
    Left(A),
    Right(B),
}

pub struct Select<A, B> {
    a: A,
    b: B,
}

impl<A: Future + Unpin, B: Future + Unpin> Future for Select<A, B> {
    type Output = Either<A::Output, B::Output>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if let Poll::Ready(v) = Pin::new(&mut self.a).poll(cx) {
            return Poll::Ready(Either::Left(v));
        }
        match Pin::new(&mut self.b).poll(cx) {
            Poll::Ready(v) => Poll::Ready(Either::Right(v)),
            Poll::Pending => Poll::Pending,
        }
    }
}

pub fn select<A, B>(a: A, b: B) -> Select<A, B> {
    Select { a, b }
}

pub struct Map<F, G> {
    inner: F,
    f: Option<G>,
}

impl<F, G, T> Future for Map<F, G>
where
    F: Future,
    G: FnOnce(F::Output) -> T,
{
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        // SAFETY: `inner` is structurally pinned and never moved; `f` is not pinned.
        let this = unsafe { self.get_unchecked_mut() };
        let inner = unsafe { Pin::new_unchecked(&mut this.inner) };
        match inner.poll(cx) {
            Poll::Ready(v) => Poll::Ready((this.f.take().expect("polled after completion"))(v)),
            Poll::Pending => Poll::Pending,
        }
    }
}

fn main() {
    let a = std::future::ready(1);
    let b = std::future::pending::<&str>();
    let sel = select(a, b);
    let mapped = Map { inner: sel, f: Some(|e: Either<i32, &str>| match e {
        Either::Left(n) => n * 2,
        Either::Right(_) => -1,
    }) };
    let waker = std::task::Waker::noop();
    let mut cx = Context::from_waker(waker);
    let mut boxed = Box::pin(mapped);
    println!("{:?}", boxed.as_mut().poll(&mut cx));
}
