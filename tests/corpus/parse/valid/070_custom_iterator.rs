// Implementing Iterator, DoubleEndedIterator, ExactSizeIterator and an extension adapter.
pub struct Fibonacci {
    curr: u64,
    next: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let new_next = self.curr.checked_add(self.next)?;
        let out = self.curr;
        self.curr = self.next;
        self.next = new_next;
        Some(out)
    }
}

pub fn fibonacci() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
}

pub struct Countdown {
    low: u32,
    high: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        (self.low < self.high).then(|| {
            self.high -= 1;
            self.high
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = (self.high - self.low) as usize;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for Countdown {
    fn next_back(&mut self) -> Option<u32> {
        if self.low < self.high {
            self.low += 1;
            Some(self.low - 1)
        } else {
            None
        }
    }
}

impl ExactSizeIterator for Countdown {}

pub struct Pairs<I: Iterator> {
    inner: I,
}

impl<I> Iterator for Pairs<I>
where
    I: Iterator,
{
    type Item = (I::Item, I::Item);

    fn next(&mut self) -> Option<Self::Item> {
        let a = self.inner.next()?;
        let b = self.inner.next()?;
        Some((a, b))
    }
}

pub trait PairsExt: Iterator + Sized {
    fn pairs(self) -> Pairs<Self> {
        Pairs { inner: self }
    }
}

impl<I: Iterator> PairsExt for I {}

fn main() {
    let first: Vec<u64> = fibonacci().take(10).collect();
    let count = fibonacci().count();
    let cd = Countdown { low: 0, high: 5 };
    println!("{first:?} {count} {}", cd.len());
    let both: Vec<u32> = Countdown { low: 0, high: 4 }.rev().collect();
    let pairs: Vec<(u32, u32)> = (1..=7).pairs().collect();
    println!("{both:?} {pairs:?}");
}
