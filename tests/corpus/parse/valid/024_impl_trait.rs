// impl Trait in argument and return position, nested in generics, with lifetimes.
use std::fmt::Debug;

pub fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 0)
}

pub fn print_all(items: impl IntoIterator<Item = impl Debug>) {
    for item in items {
        println!("{:?}", item);
    }
}

pub fn adder(n: i32) -> impl Fn(i32) -> i32 + Clone {
    move |x| x + n
}

pub fn words<'a>(s: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    s.split_whitespace()
}

pub fn boxed_or_not(flag: bool) -> Box<dyn Iterator<Item = u8>> {
    if flag { Box::new(0..3) } else { Box::new(std::iter::empty()) }
}

pub fn pair() -> (impl Debug, impl Debug) {
    (1, "two")
}

pub fn nested() -> Vec<impl Fn() -> u8> {
    vec![|| 1]
}

pub async fn later() -> impl Debug {
    42
}

trait Source {
    fn values(&self) -> impl Iterator<Item = i32> + '_;
    fn first(&self) -> Option<i32> {
        self.values().next()
    }
}

struct Numbers(Vec<i32>);

impl Source for Numbers {
    fn values(&self) -> impl Iterator<Item = i32> + '_ {
        self.0.iter().copied()
    }
}

fn takes_mut(mut f: impl FnMut() -> u32) -> u32 {
    f() + f()
}

fn main() {
    print_all(evens(10));
    let add5 = adder(5);
    let mut calls = 0;
    println!("{} {:?} {:?}", add5.clone()(1), words("a b").collect::<Vec<_>>(), pair());
    println!("{}", takes_mut(|| { calls += 1; calls }));
    println!("{:?} {}", Numbers(vec![4]).first(), nested()[0]());
    let _ = boxed_or_not(true).count();
    let _ = later();
}
