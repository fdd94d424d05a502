// Associated type bounds `Iterator<Item: Trait>` (stable since 1.79), and equality constraints with generics.
use std::fmt::{Debug, Display};
use std::ops::Deref;

fn print_all(items: impl IntoIterator<Item: Display>) -> String {
    items.into_iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

fn sum_lengths<I>(iter: I) -> usize
where
    I: Iterator<Item: AsRef<str>>,
{
    iter.map(|s| s.as_ref().len()).sum()
}

fn first_debug<C>(c: &C) -> String
where
    C: Deref<Target: Debug>,
{
    format!("{:?}", &**c)
}

trait Source {
    type Out: Clone;
    fn get(&self) -> Self::Out;
}

struct Const(u8);

impl Source for Const {
    type Out = u8;
    fn get(&self) -> u8 {
        self.0
    }
}

fn twice<S: Source<Out: Into<u32>>>(s: &S) -> u32 {
    s.get().into() * 2
}

fn nested<I: Iterator<Item: Iterator<Item: Copy + Into<i64>>>>(outer: I) -> i64 {
    outer.map(|inner| inner.map(Into::into).sum::<i64>()).sum()
}

fn main() {
    println!("{}", print_all([1, 2, 3]));
    println!("{}", sum_lengths(vec!["ab", "cde"].into_iter()));
    println!("{}", first_debug(&Box::new([1, 2])));
    println!("{}", twice(&Const(21)));
    println!("{}", nested(vec![vec![1i32, 2], vec![3]].into_iter().map(|v| v.into_iter())));
}
