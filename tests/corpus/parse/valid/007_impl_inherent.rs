// Inherent impls: receivers of every shape, associated consts and functions, generic impls.
use std::rc::Rc;
use std::sync::Arc;
use std::pin::Pin;

#[derive(Debug, Default, Clone)]
pub struct Counter {
    count: u64,
    step: u64,
}

impl Counter {
    pub const MAX: u64 = 1_000_000;

    pub fn new(step: u64) -> Self {
        Self { count: 0, step }
    }

    pub fn get(&self) -> u64 {
        self.count
    }

    pub fn bump(&mut self) -> &mut Self {
        self.count = (self.count + self.step).min(Self::MAX);
        self
    }

    pub fn into_inner(self) -> u64 {
        self.count
    }

    pub fn reset(mut self) -> Self {
        self.count = 0;
        self
    }

    pub fn explicit(self: &Self) -> u64 {
        self.step
    }

    pub fn boxed(self: Box<Self>) -> u64 {
        self.count
    }

    pub fn shared(self: Rc<Self>) -> usize {
        Rc::strong_count(&self)
    }

    pub fn atomic(self: Arc<Self>) -> u64 {
        self.count
    }

    pub fn pinned(self: Pin<&mut Self>) {}

    fn with_lifetime<'a>(&'a self, other: &'a Counter) -> &'a Counter {
        if self.count >= other.count { self } else { other }
    }
}

pub struct Wrapper<T>(T);

impl<T: Clone> Wrapper<T> {
    pub fn duplicate(&self) -> (T, T) {
        (self.0.clone(), self.0.clone())
    }
}

impl<T> Wrapper<Vec<T>> {
    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl Wrapper<()> {}

fn main() {
    let mut c = Counter::new(5);
    c.bump().bump();
    let other = Counter::default();
    println!("{} {}", c.with_lifetime(&other).get(), c.explicit());
    let b = Box::new(c.clone());
    println!("{} {}", b.boxed(), Rc::new(c.clone()).shared());
    println!("{}", Arc::new(c.clone()).atomic());
    let mut p = c.clone();
    Pin::new(&mut p).pinned();
    println!("{} {}", c.reset().into_inner(), Wrapper(vec![1, 2]).len());
    println!("{:?}", Wrapper(3).duplicate());
}
